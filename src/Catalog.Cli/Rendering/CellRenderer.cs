using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>
/// Renders one table cell of a record in one language, from the structured fields. Footnote markers come
/// out with footnote ids (<c>[^openai-terms]</c>); the document renderer numbers them. The importer uses the
/// same code to decide which cells the structure reproduces, so the two can never disagree.
/// </summary>
internal sealed class CellRenderer
{
    private readonly CatalogContent catalog;
    private readonly int newestYear;

    public CellRenderer(CatalogContent catalog, int newestYear)
    {
        this.catalog = catalog;
        this.newestYear = newestYear;
    }

    public string ModelCell(ModelRecord model, SectionEntry section, string field, CatalogLanguage language)
    {
        var written = model.DisplayTexts.FirstOrDefault(text => text.Field == field)?.Text[language];
        return written is null ? ModelCellFromStructure(model, section, field, language) : TextMarkup.Write(written, model, field + "_text", Emphasized(model, section, field, written)) + AddedCaveat(model, field, written, language);
    }

    /// <summary>
    /// The OpenAI-terms caveat the catalog adds to a row whose list cell lacks it (<c>caveat_added_for</c>), for a license
    /// cell kept as written: the written text is the list's, so the caveat's mark follows it.
    /// </summary>
    private string AddedCaveat(ModelRecord model, string field, string written, CatalogLanguage language)
    {
        if (field != "licenses" || model.CaveatAddedFor.Count == 0)
        {
            return "";
        }

        return string.Concat(model.Footnotes
            .Where(footnote => footnote.Field == field && catalog.FootnotesById.TryGetValue(footnote.FootnoteId, out var entry) && entry.OpenAiTermsCaveat)
            .Select(footnote => InlineSyntax.Marker(footnote.FootnoteId))
            .Where(marker => !written.Contains(marker))
            .Select(marker => " " + CaveatMark(language) + marker));
    }

    public string ModelCellFromStructure(ModelRecord model, SectionEntry section, string field, CatalogLanguage language) => field switch
    {
        "name" => ModelName(model, section, language),
        "year" => Year(model.Year),
        "architecture" => Architecture(model, section, language),
        "base_model" => BaseModel(model, section, language),
        "context_length" => ContextLength(model, section),
        "training_data" => Prose(model.TrainingData, model, "training_data", language),
        "domain" => Prose(model.Domain, model, "domain", language),
        "platform" => Prose(model.Platform, model, "platform", language),
        "developers" => Developers(model.Developers, language) + Markers(model.Footnotes, "developers"),
        "licenses" => Licenses(model, language),
        "huggingface_support" => HuggingFaceSupport(model, section, language),
        _ => OtherColumn(model.OtherColumns, model, field, language),
    };

    /// <summary>
    /// What a model's cell shows in bold beyond what its own structure writes: in the training data, the amounts its stages
    /// give (the list's style for them).
    /// </summary>
    private IEnumerable<string> Emphasized(ModelRecord model, SectionEntry? section, string field, string? text) => field switch
    {
        "training_data" => model.Training.SelectMany(stage => stage.Amounts),
        "base_model" when text is not null => ParenthesizedSize.Matches(text).Cast<Match>().Select(match => match.Groups[1].Value)
            .Concat(JapaneseBases(model, section, text)),
        "context_length" when text is not null && section?.LongContextFrom is { } from => TokenCount.Matches(text).Cast<Match>()
            .Select(match => match.Value).Where(count => int.Parse(count.Replace(",", ""), CultureInfo.InvariantCulture) >= from),
        _ => Enumerable.Empty<string>(),
    };

    /// <summary>
    /// In a table of merged models, the list shows the bases that are Japanese LLMs (models of the catalog) in bold; the
    /// cell names the bases in the order of <c>base_models</c>; a cell that is a note ("- (trained from …)") names none.
    /// </summary>
    private IEnumerable<string> JapaneseBases(ModelRecord model, SectionEntry? section, string text)
    {
        var items = text.Split(new[] { ", " }, System.StringSplitOptions.None);
        return section?.BaseRelation == "merge" && items.Length == model.BaseModels.Count
            ? items.Where((item, index) => catalog.ModelIds.Contains(model.BaseModels[index].Model) && item.Length > 0 && char.IsLetterOrDigit(item[0]))
            : Enumerable.Empty<string>();
    }

    // The list shows a base model's size in bold: "Code Llama (7b)".
    private static readonly Regex ParenthesizedSize = new(@"\(([0-9.]+[bB](?:-[aA][0-9.]+[bB])?)\)", RegexOptions.CultureInvariant);

    private static readonly Regex TokenCount = new(@"(?<![0-9,])[0-9]{1,3}(,[0-9]{3})+(?![0-9,])|(?<![0-9,])[0-9]{4,7}(?![0-9,])", RegexOptions.CultureInvariant);

    public string BenchmarkCell(BenchmarkRecord benchmark, string field, CatalogLanguage language)
    {
        var written = benchmark.DisplayTexts.FirstOrDefault(text => text.Field == field)?.Text[language];
        return written is null ? BenchmarkCellFromStructure(benchmark, field, language) : TextMarkup.Write(written, benchmark, field + "_text");
    }

    public string BenchmarkCellFromStructure(BenchmarkRecord benchmark, string field, CatalogLanguage language)
    {
        return field switch
        {
            "name" => BenchmarkName(benchmark, language),
            "description" => TextMarkup.Write(benchmark.Description?[language], benchmark, "description") + Markers(benchmark.Footnotes, "description"),
            "developers" => Developers(benchmark.Developers, language) + Markers(benchmark.Footnotes, "developers"),
            _ => OtherColumn(benchmark.OtherColumns, benchmark, field, language),
        };
    }

    /// <summary>The cell of a column the catalog has no field for, as the list wrote it; empty where the record has none.</summary>
    private static string OtherColumn(EquatableArray<FieldText> cells, CatalogEntry entry, string shows, CatalogLanguage language) =>
        SectionColumn.OtherKey(shows) is { } key ? MarkdownEscaping.Inert(cells.FirstOrDefault(cell => cell.Field == key)?.Text[language] ?? "") : "";

    public static string PaperCell(PaperRecord paper, string field, CatalogLanguage language) => field switch
    {
        "name" => TextMarkup.Write(paper.Name[language] ?? paper.Name.Get(language)),
        "published" => paper.Published?.Replace('-', '.') ?? "",
        "venue" => paper.Venue ?? "-",
        "title" => MarkdownLink.OrText(paper.Title, paper.Url),
        _ => "",
    };

    public static string VariantHref(VariantRecord variant) =>
        variant.HuggingFaceId is not null ? HuggingFaceLinks.RepoUrl(variant.HuggingFaceId) : variant.Url ?? "";

    /// <summary>The variant's label as the list shows it: its size in bold.</summary>
    public static string VariantLabel(VariantRecord variant, CatalogLanguage language) =>
        TextMarkup.Write(variant.LocalizedLabel?[language] ?? variant.Label, emphasized: variant.Size is { } size ? new[] { size } : null);

    private static string ModelName(ModelRecord model, SectionEntry section, CatalogLanguage language)
    {
        var name = model.Name[language] ?? model.Name.Get(language);
        var url = model.LocalizedUrl?[language] ?? model.Url;
        if (url is null && section.VariantsIn == "name" && IsNamedByVariants(model, name, language))
        {
            // The list names the family by its repositories, one linked line each: its variants.
            return string.Join(InlineSyntax.LineBreak, model.Variants.Select(variant => MarkdownLink.OrText(VariantLabel(variant, language), VariantHref(variant))))
                + Markers(model.Footnotes, "name") + Markers(model.Footnotes, "variants");
        }

        var cell = MarkdownLink.OrText(TextMarkup.Write(name, model, "name"), url) + Markers(model.Footnotes, "name");
        if (section.VariantsIn == "name" && !model.Variants.IsEmpty)
        {
            cell += InlineSyntax.LineBreak + VariantList(model, language);
        }

        return cell;
    }

    private static bool IsNamedByVariants(ModelRecord model, string name, CatalogLanguage language) =>
        model.Variants.Count > 1 && name.Split('\n').SequenceEqual(model.Variants.Select(variant => variant.LocalizedLabel?[language] ?? variant.Label));

    private static string BenchmarkName(BenchmarkRecord benchmark, CatalogLanguage language)
    {
        var name = benchmark.Name[language] ?? benchmark.Name.Get(language);
        var url = benchmark.LocalizedUrl?[language] ?? benchmark.Url;
        var link = MarkdownLink.OrText(TextMarkup.Write(name, benchmark, "name"), url) + Markers(benchmark.Footnotes, "name");
        return benchmark.Anchor is null ? link : $"<a id=\"{MarkdownEscaping.Attribute(benchmark.Anchor)}\"></a> {link}";
    }

    private string Year(int? known) =>
        known is not { } year ? ""
        : year == newestYear ? InlineSyntax.Bold(year.ToString(CultureInfo.InvariantCulture)) : year.ToString(CultureInfo.InvariantCulture);

    private static string Architecture(ModelRecord model, SectionEntry section, CatalogLanguage language)
    {
        var cell = TextMarkup.Write(model.Architecture?[language], model, "architecture");
        if (!HasColumn(section, "base_model") && model.Parameters is { } parameters)
        {
            cell += " (" + InlineSyntax.Bold(ParameterText.Format(parameters, model.ActiveParameters)) + ")";
        }

        cell += Markers(model.Footnotes, "architecture");
        if (section.VariantsIn == "architecture" && !model.Variants.IsEmpty)
        {
            cell += InlineSyntax.LineBreak + VariantList(model, language);
        }

        return cell;
    }

    private string BaseModel(ModelRecord model, SectionEntry section, CatalogLanguage language)
    {
        var cell = TextMarkup.Write(model.BaseModel?[language], model, "base_model", Emphasized(model, section, "base_model", model.BaseModel?[language]));
        if (model.Parameters is { } parameters)
        {
            cell += " (" + InlineSyntax.Bold(ParameterText.Format(parameters, model.ActiveParameters)) + ")";
        }

        return cell + Markers(model.Footnotes, "base_model");
    }

    private static string ContextLength(ModelRecord model, SectionEntry section)
    {
        var parts = model.ContextLengths.Select(length =>
        {
            var tokens = length.Tokens.ToString("#,##0", CultureInfo.InvariantCulture);
            if (section.LongContextFrom is { } from && length.Tokens >= from)
            {
                tokens = InlineSyntax.Bold(tokens);
            }

            return length.AppliesTo is null ? tokens : length.AppliesTo + ": " + tokens;
        });
        return string.Join(InlineSyntax.LineBreak, parts) + Markers(model.Footnotes, "context_length");
    }

    private string Prose(LocalizedText? text, ModelRecord model, string field, CatalogLanguage language)
    {
        var cell = model.Undisclosed.Contains(field) ? catalog.Words.Text(ListWords.Undisclosed).Get(language) : TextMarkup.Write(text?[language], model, field, Emphasized(model, null, field, text?[language]));
        return cell + Markers(model.Footnotes, field);
    }

    private string Developers(EquatableArray<EntryReference> references, CatalogLanguage language)
    {
        var parts = new List<string>();
        var individuals = new List<string>();
        foreach (var reference in references)
        {
            if (!catalog.DevelopersById.TryGetValue(reference.Id, out var developer))
            {
                FlushIndividuals(parts, individuals, language);
                parts.Add(reference.Id);
                continue;
            }

            var name = TextMarkup.Write(developer.Name[language] ?? developer.Name.Get(language));
            if (developer.Individual)
            {
                individuals.Add(MarkdownLink.OrText(name, developer.Url));
            }
            else
            {
                FlushIndividuals(parts, individuals, language);
                parts.Add(name);
            }
        }

        FlushIndividuals(parts, individuals, language);
        return string.Join(", ", parts);
    }

    private void FlushIndividuals(List<string> parts, List<string> individuals, CatalogLanguage language)
    {
        if (individuals.Count > 0)
        {
            parts.Add(catalog.Words.Text(ListWords.Individual).Get(language) + " (" + string.Join(", ", individuals) + ")");
            individuals.Clear();
        }
    }

    private string Licenses(ModelRecord model, CatalogLanguage language)
    {
        var names = model.Licenses.Select(reference =>
            catalog.LicensesById.TryGetValue(reference.Id, out var license) ? TextMarkup.Write(license.Name[language] ?? license.Name.Get(language), license, "name") : reference.Id);
        var cell = model.Undisclosed.Contains("licenses") ? catalog.Words.Text(ListWords.UnknownLicense).Get(language) : string.Join(" & ", names);
        foreach (var reference in model.Footnotes.Where(footnote => footnote.Field == "licenses"))
        {
            var caveat = catalog.FootnotesById.TryGetValue(reference.FootnoteId, out var footnote) && footnote.OpenAiTermsCaveat;
            cell += (caveat ? " " + CaveatMark(language) : "") + InlineSyntax.Marker(reference.FootnoteId);
        }

        return cell;
    }

    /// <summary>The mark before the OpenAI-terms footnote in the license column, as the vocabulary registry spells it.</summary>
    private string CaveatMark(CatalogLanguage language) => catalog.Words.Text(ListWords.CaveatMark).Get(language);

    private string HuggingFaceSupport(ModelRecord model, SectionEntry section, CatalogLanguage language)
    {
        var symbol = model.HuggingFaceSupport is { } support ? catalog.Words.Text(ListWords.SupportWord(support)).Get(language) : "";
        var cell = symbol;
        if (section.VariantsIn == "huggingface_support" && !model.Variants.IsEmpty)
        {
            // One repository links the symbol itself; several are listed after it.
            cell = model.Variants.Count == 1
                ? MarkdownLink.OrText(symbol, VariantHref(model.Variants[0])) + Markers(model.Footnotes, "variants")
                : symbol + " " + VariantList(model, language);
        }

        return cell + Markers(model.Footnotes, "huggingface_support");
    }

    private static string VariantList(ModelRecord model, CatalogLanguage language) =>
        InlineSyntax.FormatLinkList(model.Variants.Select(variant => MarkdownLink.OrText(VariantLabel(variant, language), VariantHref(variant))))
        + Markers(model.Footnotes, "variants");

    private static string Markers(EquatableArray<FootnoteReference> footnotes, string field) =>
        string.Concat(footnotes.Where(footnote => footnote.Field == field).Select(footnote => InlineSyntax.Marker(footnote.FootnoteId)));

    private static bool HasColumn(SectionEntry section, string field) => section.Columns.Any(column => column.Field == field);
}
