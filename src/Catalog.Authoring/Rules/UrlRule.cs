using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>JLLM0214: a link of any entry that is not an absolute http(s) URL.</summary>
public sealed class UrlRule : ContentRule
{
    private static readonly EntryMemo<List<(string Path, string Url, string Problem)>> UnsafeLinks = new(entry => EntryLinks.Unsafe(entry).ToList());

    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var entry in context.Entries)
        {
            foreach (var (path, url, problem) in UnsafeLinks.Of(entry))
            {
                reporter.Report(CatalogRules.MalformedUrl, entry, reporter.Locate(entry).ValueSpanOf(path), Describe.Kind(entry), entry.Id, path, url, problem);
            }
        }
    }
}
