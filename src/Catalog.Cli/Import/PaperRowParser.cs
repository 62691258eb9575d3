using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>Reads a papers row: what it introduced, the arXiv v1 date (<c>2017.06.12</c>), the venue (<c>-</c> for none) and the linked title.</summary>
internal static class PaperRowParser
{
    private static readonly Regex DottedDate = new(@"^(\d{4})\.(\d{2})\.(\d{2})$", RegexOptions.CultureInvariant);

    public static PaperRecord Parse(ImportedSection section, UpstreamRow row, int indexInSection, IdAllocator ids, ImportReport report)
    {
        string Cell(string field) => row.Cells[section.Fields.ToList().IndexOf(field)].Ja.Trim();

        var name = Cell("name");
        var date = DottedDate.Match(Cell("published"));
        string? published = null;
        if (date.Success && System.DateTime.TryParseExact(Cell("published"), "yyyy.MM.dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            published = $"{date.Groups[1].Value}-{date.Groups[2].Value}-{date.Groups[3].Value}";
        }
        else
        {
            report.Problem(row.Origin.File, row.Origin.Line, $"published: '{Cell("published")}' is not a date written yyyy.MM.dd");
        }

        var venue = Cell("venue");
        var title = Cell("title");
        var link = InlineSyntax.WholeLink(title);
        if (link is null)
        {
            report.Problem(row.Origin.File, row.Origin.Line, $"title: '{title}' is not a link to the paper");
        }
        else if (!link.Url.StartsWith("http", System.StringComparison.Ordinal))
        {
            report.Problem(row.Origin.File, row.Origin.Line, $"title: the link '{link.Url}' is not a URL");
        }

        return new PaperRecord(ids.Allocate(InlineSyntax.PlainText(name), title), "")
        {
            Section = section.Entry.Id,
            Order = (indexInSection + 1) * 10,
            Name = LocalizedText.Same(ListText.Read(name).Plain),
            Published = published,
            Venue = venue == "-" ? null : venue,
            Title = link?.Text ?? title,
            Url = link?.Url,
        };
    }
}
