using System;
using System.Collections.Generic;
using System.Globalization;
using JapaneseLlm.Catalog.Model.Diagnostics;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Model.Rules;

/// <summary>JLLM0214: a link of any entry that is not an absolute http(s) URL.</summary>
public sealed class UrlRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var entry in context.Entries)
        {
            foreach (var (path, url) in Links(entry))
            {
                if (Problem(url) is { } problem)
                {
                    reporter.Report(CatalogRules.MalformedUrl, entry, entry.ValueSpanOf(path), Describe.Kind(entry), entry.Id, path, url, problem);
                }
            }
        }
    }

    private static string? Problem(string url)
    {
        if (url.Trim().Length != url.Length || url.IndexOfAny(new[] { ' ', '\t', '<', '>', '"' }) >= 0)
        {
            return "remove the spaces or markup around and inside it";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return "write the full link, starting with https://";
        }

        return uri.Scheme is "http" or "https" ? null : $"'{uri.Scheme}:' links do not open from the list; use an https:// link";
    }

    private static IEnumerable<(string Path, string Url)> Links(CatalogEntry entry)
    {
        var links = new List<(string, string?)>();
        switch (entry)
        {
            case ModelRecord model:
                AddLocalized(links, model.Url, model.LocalizedUrl);
                for (var index = 0; index < model.Variants.Count; index++)
                {
                    links.Add((string.Format(CultureInfo.InvariantCulture, "variants[{0}].url", index), model.Variants[index].Url));
                }

                break;
            case BenchmarkRecord benchmark:
                AddLocalized(links, benchmark.Url, benchmark.LocalizedUrl);
                break;
            case PaperRecord paper:
                links.Add(("url", paper.Url));
                break;
            case DeveloperEntry developer:
                links.Add(("url", developer.Url));
                break;
            case LicenseEntry license:
                links.Add(("url", license.Url));
                break;
            case DatasetEntry dataset:
                links.Add(("url", dataset.Url));
                links.Add(("generated_by_source", dataset.GeneratedBySource));
                break;
        }

        foreach (var (path, url) in links)
        {
            if (url is not null)
            {
                yield return (path, url);
            }
        }
    }

    private static void AddLocalized(List<(string, string?)> links, string? url, LocalizedText? perLanguage)
    {
        if (perLanguage is null)
        {
            links.Add(("url", url));
            return;
        }

        foreach (var language in Describe.Languages)
        {
            links.Add(("url." + Describe.Code(language), perLanguage[language]));
        }
    }
}
