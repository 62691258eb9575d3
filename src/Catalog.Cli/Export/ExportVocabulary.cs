using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Authoring.Text;

namespace JapaneseLlm.Catalog.Cli.Export;

/// <summary>How exports spell the catalog's values: the YAML spellings, and markdown reduced to plain text.</summary>
internal static class ExportVocabulary
{
    /// <summary>The text a reader of the list sees, as the runtime's strings hold it (<see cref="PlainText"/>).</summary>
    public static string Plain(string? markdown) => PlainText.FromMarkdown(markdown);

    public static string Plain(LocalizedText? text, CatalogLanguage language) => Plain(text?.Get(language));

    /// <summary>The plain text on one line, its lines joined by "; ", for a terminal table or a chart label.</summary>
    public static string OneLine(LocalizedText? text, CatalogLanguage language) => PlainText.FromMarkdown(text?.Get(language), "; ");

    /// <summary>The names of a record's developers that the registry knows, comma-separated.</summary>
    public static string DeveloperNames(IEnumerable<EntryReference> developers, CatalogContent catalog, CatalogLanguage language) =>
        Names(developers.Where(reference => catalog.DevelopersById.ContainsKey(reference.Id)).Select(reference => catalog.DevelopersById[reference.Id]), developer => developer.Name, language);

    public static string Names<T>(IEnumerable<T> entries, System.Func<T, LocalizedText> name, CatalogLanguage language) =>
        string.Join(", ", entries.Select(entry => Plain(name(entry), language)));
}
