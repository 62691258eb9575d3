using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// JLLM0220: an id past the naming limits. A record's id (model, benchmark, paper) names its file and its member, so
/// it is held to <see cref="IdentifierNamer.MaxIdLength"/>; every id's member name (and a model's
/// <c>HuggingFaceIds</c> class) to <see cref="IdentifierNamer.MaxTypeNameLength"/>. The importer hands out ids within
/// both; this reports hand-written ones.
/// </summary>
public sealed class IdLengthRule : ContentRule
{
    private static readonly EntryMemo<string> Identifiers = new(entry => IdentifierNamer.ToIdentifier(entry.Id));

    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var entry in context.Entries)
        {
            var identifier = Identifiers.Of(entry);
            var limit = entry is ModelRecord or BenchmarkRecord or PaperRecord ? IdentifierNamer.MaxIdLength : IdentifierNamer.MaxTypeNameLength;
            if (entry.Id.Length > limit || identifier.Length > IdentifierNamer.MaxTypeNameLength)
            {
                reporter.Report(CatalogRules.LongId, entry, reporter.Locate(entry).Id, Describe.Kind(entry), entry.Id, entry.Id.Length, entry is ModelRecord ? "member and class" : "member", identifier, limit);
            }
        }
    }
}
