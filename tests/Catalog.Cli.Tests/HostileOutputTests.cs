using System;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Syntax;
using Xunit;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>
/// What render and export write for hostile records (issue 17, items 8 to 10): every record gets a row or an error
/// naming it, cells and links keep their syntax, unsafe links are never written, and mistakes on the command line
/// get a message that says what is wrong.
/// </summary>
public sealed class HostileOutputTests
{
    [Fact]
    public void A_record_that_cannot_be_rendered_is_an_error_naming_it_and_the_counts_are_the_rows_written()
    {
        using var catalog = new SmallCatalog(
            SmallCatalog.Model("listed"),
            SmallCatalog.Model("in-benchmarks", section: "benchmarks"),
            SmallCatalog.Model("under-a-heading", section: "heading-only"),
            SmallCatalog.Model("without-columns", section: "no-columns"));

        var (code, stdout, stderr, text) = Render(catalog);

        Assert.Equal(1, code);
        Assert.Contains("Rendered 1 models, 1 benchmarks, 1 papers", stdout);
        Assert.Contains("model 'in-benchmarks' is not rendered: its section 'benchmarks' lists benchmarks ('records: benchmark')", stderr);
        Assert.Contains("model 'under-a-heading' is not rendered: its section 'heading-only' is a heading without a table (it has no 'records:')", stderr);
        Assert.Contains("model 'without-columns' is not rendered: its section 'no-columns' has no 'columns:'", stderr);
        Assert.Equal(3, TableRows(text));
    }

    [Fact]
    public void An_absurd_heading_level_is_a_diagnostic_not_an_out_of_memory_crash()
    {
        using var catalog = new SmallCatalog(("registries/deep.yaml", "kind: sections\nsections:\n- id: deep\n  level: 2000000000\n  heading: Deep\n"));

        var (code, _, stderr, text) = Render(catalog);

        Assert.Equal(1, code);
        Assert.Contains("error JLLM0008: 'level' has an invalid value '2000000000': it must be from 1 to 6", stderr);
        Assert.DoesNotContain("Deep", text);
    }

    [Fact]
    public void A_pipe_or_a_line_break_in_a_name_stays_inside_its_cell()
    {
        using var catalog = new SmallCatalog(SmallCatalog.Model("hostile", name: "\"a | b \\\\| c\\n# Injected\\r\\n- item\""));

        var (code, _, stderr, text) = Render(catalog);

        Assert.True(code == 0, stderr);
        var row = text.Split('\n').Single(line => line.Contains("Injected", StringComparison.Ordinal));
        // The name is plain text: its backslash is a character and shows (escaped), and each pipe is escaped.
        Assert.Equal(@"| a \| b \\\| c<br># Injected<br>- item | Developer | MIT |", row);
        Assert.DoesNotContain(text.Split('\n'), line => line.StartsWith("# Injected", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parenthesis_or_a_footnote_marker_in_a_url_stays_inside_the_link()
    {
        using var catalog = new SmallCatalog(SmallCatalog.Model("linked", extra: "url: https://example.com/a_(b)/c)d[^note]"));

        var (code, _, stderr, text) = Render(catalog);

        Assert.True(code == 0, stderr);
        Assert.Contains(@"[Name](https://example.com/a_\(b\)/c\)d%5B^note%5D)", text);
        Assert.DoesNotContain("[^1]", text);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("llms-txt")]
    public void A_javascript_url_is_never_written_and_the_command_fails_saying_so(string format)
    {
        using var catalog = new SmallCatalog(
            SmallCatalog.Model("scripted", extra: "url: javascript:alert(1)"),
            ("registries/more-developers.yaml", "kind: developers\ndevelopers:\n- id: person\n  name: Person\n  individual: true\n  url: javascript:alert(2)\n"));

        var rendered = format == "render" ? Render(catalog) : default;
        var (code, output, stderr) = format == "render"
            ? (rendered.Code, rendered.Text, rendered.Stderr)
            : Run("export", "--format", format, "--catalog", catalog.Folder);

        Assert.Equal(1, code);
        Assert.DoesNotContain("javascript:", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("model 'scripted' has 'url' = 'javascript:alert(1)', which is not an absolute http(s) URL (JLLM0214); it is not written", stderr);
        Assert.Contains("developer 'person' has 'url' = 'javascript:alert(2)'", stderr);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x]( JavaScript:alert(1) \"t\")")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<a href=\"data:text/html,x\">x</a>")]
    public void A_text_that_links_to_a_script_is_reported_and_written_as_inert_text(string name)
    {
        using var catalog = new SmallCatalog(SmallCatalog.Model("scripted-text", name: "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'"));

        var (checkCode, checkOutput, _) = Run("check", "--catalog", catalog.Folder);
        var rendered = Render(catalog);

        Assert.Equal(1, checkCode);
        Assert.Contains("JLLM0214: Model 'scripted-text' has 'name'", checkOutput, StringComparison.Ordinal);
        Assert.Equal(1, rendered.Code);
        Assert.Contains("model 'scripted-text' has 'name'", rendered.Stderr, StringComparison.Ordinal);
        var document = Markdig.Markdown.Parse(rendered.Text, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var links = document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Select(link => link.Url ?? "")
            .Concat(document.Descendants<Markdig.Syntax.Inlines.AutolinkInline>().Select(link => link.Url))
            .Concat(document.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Select(html => html.Tag));
        Assert.DoesNotContain(links, link => link.Contains("script", StringComparison.OrdinalIgnoreCase) || link.Contains("data:", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, document.Descendants<Markdig.Extensions.Tables.Table>().First().Count);
    }

    [Theory]
    [InlineData("a]b [c")]
    [InlineData("[a | b")]
    [InlineData("x\\")]
    public void A_linked_name_with_unpaired_brackets_keeps_its_link_and_its_row(string name)
    {
        using var catalog = new SmallCatalog(SmallCatalog.Model("brackets", name: "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'", extra: "url: https://example.com/brackets"));

        var rendered = Render(catalog);

        Assert.True(rendered.Code == 0, rendered.Stderr);
        var document = Markdig.Markdown.Parse(rendered.Text, new MarkdownPipelineBuilder().UsePipeTables().Build());
        var table = document.Descendants<Markdig.Extensions.Tables.Table>().First();
        Assert.Equal(2, table.Count);
        Assert.All(table.OfType<Markdig.Extensions.Tables.TableRow>(), row => Assert.Equal(3, row.Count));
        Assert.Single(document.Descendants<Markdig.Syntax.Inlines.LinkInline>(), link => link.Url == "https://example.com/brackets");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\")")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public void A_csv_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe(string name)
    {
        using var catalog = new SmallCatalog(SmallCatalog.Model("formula", name: "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'"));

        var (code, csv, stderr) = Run("export", "--format", "csv", "--catalog", catalog.Folder);

        Assert.True(code == 0, stderr);
        var rows = csv.Split("\r\n");
        var row = rows.Single(line => line.StartsWith("formula,", StringComparison.Ordinal));
        Assert.StartsWith("id,section,name,", rows[0]);
        var cell = "'" + name;
        Assert.StartsWith("formula,", row);
        Assert.Contains("," + (cell.Contains('"', StringComparison.Ordinal) ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell) + ",", row);
    }

    [Theory]
    [InlineData("--year")]
    [InlineData("--from-year")]
    [InlineData("--context-length")]
    public void A_number_option_given_text_says_so_without_naming_a_dotnet_type(string option)
    {
        var (code, stdout, stderr) = Run("query", option, "abc", "--catalog", TestPaths.Catalog);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"jllm: {option} abc: write a whole number", stderr);
        Assert.DoesNotContain("System.", stderr);
    }

    [Theory]
    [InlineData("render", "--lang", "en")]
    [InlineData("export", "--format", "json")]
    [InlineData("chart")]
    public void A_folder_given_as_the_output_file_is_a_usage_error_that_says_it_is_a_folder(params string[] command)
    {
        var folder = Directory.CreateTempSubdirectory("jllm-out-").FullName;
        var target = command[0] == "chart" ? Directory.CreateDirectory(Path.Combine(folder, "chart.svg")).FullName : folder;

        var (code, _, stderr) = Run([.. command, "--out", target, "--catalog", TestPaths.Catalog]);

        Assert.Equal(2, code);
        Assert.Contains($"jllm: --out {target}: is a folder; give the path of the file to write", stderr);
        Assert.DoesNotContain("denied", stderr, StringComparison.OrdinalIgnoreCase);
    }

    private static (int Code, string Stdout, string Stderr, string Text) Render(SmallCatalog catalog)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("jllm-render-").FullName, "README.md");
        var (code, stdout, stderr) = Run("render", "--lang", "en", "--out", file, "--catalog", catalog.Folder);
        return (code, stdout, stderr, File.Exists(file) ? File.ReadAllText(file) : "");
    }

    /// <summary>Data rows of every table: lines that start with a pipe, less each table's header and delimiter rows.</summary>
    private static int TableRows(string markdown)
    {
        var lines = markdown.Split('\n');
        return lines.Count(line => line.StartsWith('|')) - (2 * lines.Count(line => line.StartsWith("| :---", StringComparison.Ordinal) || line.StartsWith("| ---", StringComparison.Ordinal)));
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
