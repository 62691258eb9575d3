using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>How exports spell the catalog's values: the YAML spellings, and markdown reduced to plain text.</summary>
internal static class ExportVocabulary
{
    private static readonly Regex MarkdownEscape = new(@"\\([\\`*_{}\[\]()#+\-.!|<>])", RegexOptions.CultureInvariant);

    public static string Category(ModelCategory category) => ModelCategories.ByName.First(pair => pair.Value == category).Key;

    public static string CommercialUse(CommercialUse use) => ClosedSets.CommercialUse.First(pair => pair.Value == use).Key;

    /// <summary>
    /// The text a reader of the list sees: markdown links, bold and footnote markers reduced, backslash escapes
    /// and HTML entities (the list writes non-breaking hyphens as <c>&amp;#x2011;</c>) resolved.
    /// </summary>
    public static string Plain(string? markdown) =>
        markdown is null ? "" : WebUtility.HtmlDecode(MarkdownEscape.Replace(InlineSyntax.PlainText(markdown), "$1"));

    public static string Plain(LocalizedText? text, Language language) => Plain(text?.Preferred(language));

    /// <summary>Where a variant is published, as the runtime's <c>ModelVariant.Url</c>: its own link, else its Hugging Face page.</summary>
    public static string? VariantUrl(VariantRecord variant) =>
        variant.Url ?? (variant.HuggingFaceId is null ? null : HuggingFaceLinks.RepoUrl(variant.HuggingFaceId));

    /// <summary>The names of a record's developers that the registry knows, comma-separated.</summary>
    public static string DeveloperNames(IEnumerable<EntryReference> developers, CatalogContent catalog, Language language) =>
        Names(developers.Where(reference => catalog.DevelopersById.ContainsKey(reference.Id)).Select(reference => catalog.DevelopersById[reference.Id]), developer => developer.Name, language);

    public static string Names<T>(IEnumerable<T> entries, System.Func<T, LocalizedText> name, Language language) =>
        string.Join(", ", entries.Select(entry => Plain(name(entry), language)));
}
