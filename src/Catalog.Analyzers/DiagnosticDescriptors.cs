using System.Collections.Immutable;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Analyzers;

/// <summary>
/// Roslyn descriptors for the rules of the shared catalogue (<see cref="CatalogRules"/>). Id, category and
/// severity are written as constants here because Roslyn's release tracking reads them from this file; a
/// test checks that each one agrees with its <see cref="CatalogRule"/>.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidYaml = Create(
        CatalogRuleIds.InvalidYaml, CatalogRules.InvalidYaml, CatalogRules.FormatCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownKey = Create(
        CatalogRuleIds.UnknownKey, CatalogRules.UnknownKey, CatalogRules.FormatCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor WrongValueType = Create(
        CatalogRuleIds.WrongValueType, CatalogRules.WrongValueType, CatalogRules.FormatCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingKey = Create(
        CatalogRuleIds.MissingKey, CatalogRules.MissingKey, CatalogRules.FormatCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        CatalogRuleIds.DuplicateKey, CatalogRules.DuplicateKey, CatalogRules.FormatCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidDocument = Create(
        CatalogRuleIds.InvalidDocument, CatalogRules.InvalidDocument, CatalogRules.FormatCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedYaml = Create(
        CatalogRuleIds.UnsupportedYaml, CatalogRules.UnsupportedYaml, CatalogRules.FormatCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidValue = Create(
        CatalogRuleIds.InvalidValue, CatalogRules.InvalidValue, CatalogRules.FormatCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RepeatedListItem = Create(
        CatalogRuleIds.RepeatedListItem, CatalogRules.RepeatedListItem, CatalogRules.FormatCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateId = Create(
        CatalogRuleIds.DuplicateId, CatalogRules.DuplicateId, CatalogRules.ReferenceCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IdentifierCollision = Create(
        CatalogRuleIds.IdentifierCollision, CatalogRules.IdentifierCollision, CatalogRules.ReferenceCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownReference = Create(
        CatalogRuleIds.UnknownReference, CatalogRules.UnknownReference, CatalogRules.ReferenceCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor CyclicSectionParent = Create(
        CatalogRuleIds.CyclicSectionParent, CatalogRules.CyclicSectionParent, CatalogRules.ReferenceCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingLicense = Create(
        CatalogRuleIds.MissingLicense, CatalogRules.MissingLicense, CatalogRules.LicensingCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnusedFootnote = Create(
        CatalogRuleIds.UnusedFootnote, CatalogRules.UnusedFootnote, CatalogRules.FootnoteCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FootnoteMissingLanguage = Create(
        CatalogRuleIds.FootnoteMissingLanguage, CatalogRules.FootnoteMissingLanguage, CatalogRules.FootnoteCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingOpenAiTermsCaveat = Create(
        CatalogRuleIds.MissingOpenAiTermsCaveat, CatalogRules.MissingOpenAiTermsCaveat, CatalogRules.LicensingCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedOpenAiTermsCaveat = Create(
        CatalogRuleIds.UnsupportedOpenAiTermsCaveat, CatalogRules.UnsupportedOpenAiTermsCaveat, CatalogRules.LicensingCategory, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor IndividualDeveloperForm = Create(
        CatalogRuleIds.IndividualDeveloperForm, CatalogRules.IndividualDeveloperForm, CatalogRules.ListRulesCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NonCanonicalDeveloperName = Create(
        CatalogRuleIds.NonCanonicalDeveloperName, CatalogRules.NonCanonicalDeveloperName, CatalogRules.ListRulesCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MissingTranslation = Create(
        CatalogRuleIds.MissingTranslation, CatalogRules.MissingTranslation, CatalogRules.ListRulesCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UndisclosedAsText = Create(
        CatalogRuleIds.UndisclosedAsText, CatalogRules.UndisclosedAsText, CatalogRules.ListRulesCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BelowParameterThreshold = Create(
        CatalogRuleIds.BelowParameterThreshold, CatalogRules.BelowParameterThreshold, CatalogRules.ListRulesCategory, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ArchitectureWithoutPaper = Create(
        CatalogRuleIds.ArchitectureWithoutPaper, CatalogRules.ArchitectureWithoutPaper, CatalogRules.ListRulesCategory, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor DuplicateHuggingFaceRepo = Create(
        CatalogRuleIds.DuplicateHuggingFaceRepo, CatalogRules.DuplicateHuggingFaceRepo, CatalogRules.ListRulesCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MalformedHuggingFaceId = Create(
        CatalogRuleIds.MalformedHuggingFaceId, CatalogRules.MalformedHuggingFaceId, CatalogRules.ListRulesCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MalformedUrl = Create(
        CatalogRuleIds.MalformedUrl, CatalogRules.MalformedUrl, CatalogRules.ListRulesCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FutureYear = Create(
        CatalogRuleIds.FutureYear, CatalogRules.FutureYear, CatalogRules.ListRulesCategory, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AnnouncedInAnotherYear = Create(
        CatalogRuleIds.AnnouncedInAnotherYear, CatalogRules.AnnouncedInAnotherYear, CatalogRules.ListRulesCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BulletListInCell = Create(
        CatalogRuleIds.BulletListInCell, CatalogRules.BulletListInCell, CatalogRules.ListRulesCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PositionEmbeddingOffset = Create(
        CatalogRuleIds.PositionEmbeddingOffset, CatalogRules.PositionEmbeddingOffset, CatalogRules.ListRulesCategory, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnusedSuppression = Create(
        CatalogRuleIds.UnusedSuppression, CatalogRules.UnusedSuppression, CatalogRules.ListRulesCategory, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LongId = Create(
        CatalogRuleIds.LongId, CatalogRules.LongId, CatalogRules.ListRulesCategory, DiagnosticSeverity.Warning);

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        InvalidYaml, UnknownKey, WrongValueType, MissingKey, DuplicateKey, InvalidDocument, UnsupportedYaml, InvalidValue, RepeatedListItem, DuplicateId, IdentifierCollision, UnknownReference, CyclicSectionParent,
        MissingLicense, UnusedFootnote, FootnoteMissingLanguage, MissingOpenAiTermsCaveat, UnsupportedOpenAiTermsCaveat, IndividualDeveloperForm, NonCanonicalDeveloperName, MissingTranslation, UndisclosedAsText, BelowParameterThreshold,
        ArchitectureWithoutPaper, DuplicateHuggingFaceRepo, MalformedHuggingFaceId, MalformedUrl, FutureYear, AnnouncedInAnotherYear, BulletListInCell, PositionEmbeddingOffset, UnusedSuppression, LongId);

    public static ImmutableDictionary<string, DiagnosticDescriptor> ById { get; } = All.ToImmutableDictionary(descriptor => descriptor.Id);

    public static DiagnosticSeverity ToSeverity(DiagnosticSeverityLevel level) => level switch
    {
        DiagnosticSeverityLevel.Error => DiagnosticSeverity.Error,
        DiagnosticSeverityLevel.Warning => DiagnosticSeverity.Warning,
        DiagnosticSeverityLevel.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    // The message is formatted once, by the shared model, so analyzers and jllm print the same words.
    private static DiagnosticDescriptor Create(string id, CatalogRule rule, string category, DiagnosticSeverity severity) =>
        new(id, rule.Title, "{0}", category, severity, isEnabledByDefault: true, description: rule.Description, helpLinkUri: rule.HelpLink);
}
