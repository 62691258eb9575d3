using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// Runs every rule over parsed catalog files: the validator's cross-file checks and the content rules.
/// The analyzers and <c>jllm check</c> both come here, so they report the same IDs at the same places.
/// </summary>
public static class CatalogChecker
{
    public static IReadOnlyList<ContentRule> ContentRules { get; } = new ContentRule[]
    {
        new MissingLicenseRule(),
        new UnusedFootnoteRule(),
        new InlineFootnoteReferenceRule(),
        new FootnoteLanguagesRule(),
        new MissingOpenAiTermsCaveatRule(),
        new UnsupportedOpenAiTermsCaveatRule(),
        new UnsourcedCaveatSuppressionRule(),
        new CaveatAddedWithoutCauseRule(),
        new DeveloperNameRules(),
        new MissingTranslationRule(),
        new UndisclosedAsTextRule(),
        new MarkupInTextRule(),
        new ParameterThresholdRule(),
        new ArchitecturePaperRule(),
        new DuplicateHuggingFaceRepoRule(),
        new HuggingFaceIdRule(),
        new UrlRule(),
        new FutureYearRule(),
        new AnnouncedAfterYearRule(),
        new BulletListRule(),
        new PositionEmbeddingOffsetRule(),
        new IdLengthRule(),
        new LineageCycleRule(),
        new LicenseInheritanceRule(),
    };

    /// <summary>Every diagnostic: each file's own (parse) problems, then the cross-file ones.</summary>
    public static IReadOnlyList<CatalogDiagnostic> Check(IReadOnlyList<ParsedFile> files, int currentYear) =>
        Sorted(files.SelectMany(file => file.Diagnostics).Concat(CheckAcrossFiles(files, currentYear)));

    /// <summary>The diagnostics that need every file: the validator's and the content rules'.</summary>
    public static IReadOnlyList<CatalogDiagnostic> CheckAcrossFiles(IReadOnlyList<ParsedFile> files, int currentYear)
    {
        var validated = CatalogValidator.Validate(files);
        var context = new CatalogRuleContext(files, currentYear);
        var reporter = new RuleReporter(new CatalogLocations(files));
        foreach (var rule in ContentRules)
        {
            rule.Check(context, reporter);
        }

        reporter.ReportUnusedSuppressions(context.Entries);
        return Sorted(validated.Diagnostics.Concat(reporter.Diagnostics));
    }

    private static IReadOnlyList<CatalogDiagnostic> Sorted(IEnumerable<CatalogDiagnostic> diagnostics) =>
        diagnostics
            .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Span.Offset)
            .ThenBy(diagnostic => diagnostic.RuleId, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Message, StringComparer.Ordinal)
            .ToList();
}
