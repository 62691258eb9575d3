using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Rendering;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Reads one model row, in its three languages, into a draft: each column by the field it shows. Prose
/// stays per language; links, sizes, years, developers and licenses become structure. Whatever a cell says
/// beyond what its structure can render is caught later, when the importer renders the draft back.
/// </summary>
internal sealed class ModelRowParser
{
    private static readonly Regex YearCell = new(@"^(?:\*\*)?(\d{4})(?:\*\*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex ContextPart = new(@"^(?:(.+?):\s*)?(\*\*)?([0-9][0-9,]*)(\*\*)?$", RegexOptions.CultureInvariant);

    private readonly ImportReport report;
    private readonly IReadOnlyCollection<string> caveatFootnotes;
    private readonly LicenseKnowledge licenses;
    private readonly ListWords words;

    public ModelRowParser(ImportReport report, IReadOnlyCollection<string> caveatFootnotes, LicenseKnowledge licenses, ListWords words)
    {
        this.report = report;
        this.caveatFootnotes = caveatFootnotes;
        this.licenses = licenses;
        this.words = words;
    }

    public ModelDraft Parse(IReadOnlyList<string> fields, IReadOnlyList<PerLanguage<string>> cells, string? variantsIn, RowOrigin origin)
    {
        var draft = new ModelDraft(origin);
        for (var column = 0; column < fields.Count; column++)
        {
            var cell = cells[column];
            switch (fields[column])
            {
                case "name":
                    ParseName(cell, draft, variantsIn == "name");
                    break;
                case "year":
                    ParseYear(cell, draft);
                    break;
                case "architecture":
                    ParseArchitecture(cell, draft, variantsIn == "architecture");
                    break;
                case "base_model":
                    draft.BaseModel = FamilyText(cell, draft, "base_model");
                    break;
                case "context_length":
                    ParseContextLength(cell, draft);
                    break;
                case "training_data":
                    draft.TrainingData = Prose(cell, draft, "training_data", undisclosable: true);
                    break;
                case "domain":
                    draft.Domain = Prose(cell, draft, "domain", undisclosable: false);
                    break;
                case "platform":
                    draft.Platform = Prose(cell, draft, "platform", undisclosable: false);
                    break;
                case "developers":
                    draft.Developers.AddRange(DeveloperCellParser.Parse(TrailingFootnotes(cell, draft, "developers"), origin, report, words));
                    break;
                case "licenses":
                    LicenseCellParser.Parse(cell, draft, caveatFootnotes, licenses, words, report);
                    break;
                case "huggingface_support":
                    ParseHuggingFaceSupport(cell, draft, variantsIn == "huggingface_support");
                    break;
                default:
                    OtherColumnCell.Keep(fields[column], cell, draft.OtherColumns);
                    break;
            }
        }

        return draft;
    }

    private void ParseName(PerLanguage<string> cell, ModelDraft draft, bool variantsHere)
    {
        var parts = cell.Select(text =>
        {
            var listStart = variantsHere ? VariantListParser.FindListStart(text) : -1;
            var head = listStart < 0 ? text : text.Substring(0, listStart).Trim();
            if (head.EndsWith(InlineSyntax.LineBreak, System.StringComparison.Ordinal))
            {
                head = head.Substring(0, head.Length - InlineSyntax.LineBreak.Length).Trim();
            }

            var (withoutMarkers, markers) = InlineSyntax.SplitTrailingMarkers(head);
            var link = InlineSyntax.WholeLink(withoutMarkers);
            var list = listStart < 0 ? null : InlineSyntax.LinkList(text.Substring(listStart));
            // A family the list names only by its repositories, one link a line: the links are its variants, their texts its name.
            var named = variantsHere && link is null && list is null ? InlineSyntax.LinkLines(withoutMarkers) : null;
            return named is null
                ? (Name: link?.Text ?? withoutMarkers, Url: link?.Url, Markers: markers, List: list)
                : (Name: string.Join("\n", named.Select(line => line.Text)), Url: null, Markers: markers, List: named);
        });

        draft.Name = parts.Select(part => part.Name).ToText();
        (draft.Url, draft.LocalizedUrl) = LanguageMerge.Urls(parts.Select(part => part.Url ?? ""));

        CheckUrl(draft.Url, draft.Origin, "name");
        draft.AddFootnotes("name", parts.Select(part => string.Join(" ", part.Markers)).Majority().Split(' ').Where(label => label.Length > 0));
        if (variantsHere)
        {
            draft.Variants.AddRange(VariantListParser.Parse(parts.Select(part => part.List), draft.Origin, report, "name", words));
        }
    }

    private void ParseYear(PerLanguage<string> cell, ModelDraft draft)
    {
        var years = cell.Select(text => YearCell.Match(text) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
        var year = years.Majority();
        draft.Year = year == 0 ? null : year;
        if (!years.AllEqual() || year == 0)
        {
            report.Problem(draft.Origin.File, draft.Origin.Line, $"year: cannot read one year from '{cell.Ja}' / '{cell.En}' / '{cell.Fr}'");
        }
    }

    private void ParseArchitecture(PerLanguage<string> cell, ModelDraft draft, bool variantsHere)
    {
        var parts = cell.Select(text =>
        {
            var (body, trailing) = InlineSyntax.SplitTrailingMarkers(text);
            var listStart = variantsHere ? VariantListParser.FindListStart(body) : -1;
            if (listStart < 0)
            {
                return (Head: text, List: (IReadOnlyList<MarkdownLink>?)null, ListMarkers: (IReadOnlyList<string>)System.Array.Empty<string>());
            }

            var head = body.Substring(0, listStart).Trim();
            if (head.EndsWith(InlineSyntax.LineBreak, System.StringComparison.Ordinal))
            {
                head = head.Substring(0, head.Length - InlineSyntax.LineBreak.Length).Trim();
            }

            return (Head: head, List: InlineSyntax.LinkList(body.Substring(listStart)), ListMarkers: trailing);
        });

        draft.Architecture = FamilyText(parts.Select(part => part.Head), draft, "architecture");
        if (variantsHere)
        {
            draft.Variants.AddRange(VariantListParser.Parse(parts.Select(part => part.List), draft.Origin, report, "architecture", words));
            draft.AddFootnotes("variants", parts.Select(part => string.Join(" ", part.ListMarkers)).Majority().Split(' ').Where(label => label.Length > 0));
        }
    }

    /// <summary>Text with an optional family size and trailing footnotes: <c>DeepSeek-V3 (**671b**) [^24]</c>.</summary>
    private LocalizedText? FamilyText(PerLanguage<string> cell, ModelDraft draft, string field)
    {
        var withoutMarkers = TrailingFootnotes(cell, draft, field);
        var sized = withoutMarkers.Select(SizeText.SplitFamilySize);
        var size = sized.Select(part => (part.Parameters, part.Active)).Majority();
        if (size.Parameters is not null)
        {
            draft.Parameters = size.Parameters;
            draft.ActiveParameters = size.Active;
        }

        return sized.Select(part => part.Text).ToTextOrNull();
    }

    private void ParseContextLength(PerLanguage<string> cell, ModelDraft draft)
    {
        var text = TrailingFootnotes(cell, draft, "context_length").Ja;
        if (text.Length == 0)
        {
            return;
        }

        var lengths = new List<ContextLength>();
        foreach (var part in text.Split(new[] { InlineSyntax.LineBreak }, System.StringSplitOptions.None))
        {
            var match = ContextPart.Match(part.Trim());
            if (!match.Success || !int.TryParse(match.Groups[3].Value.Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var tokens))
            {
                // Ranges and words ("≤ 2,048", "4,096 または 8,192") stay as written.
                return;
            }

            lengths.Add(new ContextLength(tokens, match.Groups[1].Success ? match.Groups[1].Value.Trim() : null));
        }

        draft.ContextLengths.AddRange(lengths);
    }

    private LocalizedText? Prose(PerLanguage<string> cell, ModelDraft draft, string field, bool undisclosable)
    {
        var text = TrailingFootnotes(cell, draft, field);
        if (undisclosable && new ListCorrections(words).IsUndisclosed(text))
        {
            draft.Undisclosed.Add(field);
            return null;
        }

        return text.ToTextOrNull();
    }

    private void ParseHuggingFaceSupport(PerLanguage<string> cell, ModelDraft draft, bool variantsHere)
    {
        var text = TrailingFootnotes(cell, draft, "pending");
        var moved = draft.Footnotes.Where(footnote => footnote.Field == "pending").ToList();
        draft.Footnotes.RemoveAll(footnote => footnote.Field == "pending");
        var parts = text.Select(value =>
        {
            var link = InlineSyntax.WholeLink(value);
            if (link is not null && words.LeadingSupportMark(link.Text) is { } linked && linked.Spelling == link.Text)
            {
                return (Symbol: (HuggingFaceSupport?)linked.Support, List: (IReadOnlyList<MarkdownLink>?)new[] { new MarkdownLink(RepoLabel(link.Url), link.Url) });
            }

            if (words.LeadingSupportMark(value) is not { } mark)
            {
                return (Symbol: (HuggingFaceSupport?)null, List: (IReadOnlyList<MarkdownLink>?)null);
            }

            var rest = value.Substring(mark.Spelling.Length).Trim();
            if (rest.StartsWith(InlineSyntax.LineBreak, System.StringComparison.Ordinal))
            {
                rest = rest.Substring(InlineSyntax.LineBreak.Length).Trim();
            }

            return (Symbol: (HuggingFaceSupport?)mark.Support, List: rest.Length == 0 ? null : InlineSyntax.LinkList(rest));
        });

        draft.HuggingFaceSupport = parts.Select(part => part.Symbol).Majority();

        var hasVariants = variantsHere && parts.Ja.List is not null;
        if (hasVariants)
        {
            draft.Variants.AddRange(VariantListParser.Parse(parts.Select(part => part.List), draft.Origin, report, "huggingface_support", words));
        }

        draft.AddFootnotes(hasVariants ? "variants" : "huggingface_support", moved.Select(footnote => footnote.FootnoteId));
    }

    private static string RepoLabel(string url) => HuggingFaceLinks.RepoId(url) is { } repo ? repo.Substring(repo.IndexOf('/') + 1) : url;

    /// <summary>Takes the footnote markers at the end of a cell into the field's footnotes.</summary>
    private PerLanguage<string> TrailingFootnotes(PerLanguage<string> cell, ModelDraft draft, string field)
    {
        var (texts, footnotes) = LanguageMerge.TrailingFootnotes(cell, draft.Origin, field, report);
        draft.AddFootnotes(field, footnotes);
        return texts;
    }

    private void CheckUrl(string? url, RowOrigin origin, string field)
    {
        if (url is not null && !url.StartsWith("http://", System.StringComparison.Ordinal) && !url.StartsWith("https://", System.StringComparison.Ordinal))
        {
            report.Problem(origin.File, origin.Line, $"{field}: the link '{url}' is not a URL");
        }
    }
}
