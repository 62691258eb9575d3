using System.Text.Json;
using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary><c>jllm export</c>: each format is well formed and holds the whole catalog.</summary>
public sealed class ExportTests
{
    [Fact]
    public void Json_keys_every_record_by_id()
    {
        var (code, stdout, stderr) = JllmRunner.OnCatalog("export", "--format", "json");
        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        var models = root.GetProperty("models");
        Assert.Equal(JapaneseLlmCatalog.Models.Count, models.EnumerateObject().Count());
        Assert.Equal(JapaneseLlmCatalog.Models.Count, root.GetProperty("counts").GetProperty("models").GetInt32());
        Assert.Equal(JapaneseLlmCatalog.Benchmarks.Count, root.GetProperty("benchmarks").EnumerateObject().Count());
        Assert.Equal(JapaneseLlmCatalog.Licenses.Count, root.GetProperty("licenses").EnumerateObject().Count());
        foreach (var model in models.EnumerateObject())
        {
            Assert.Equal(model.Name, model.Value.GetProperty("id").GetString());
        }

        // Texts are plain: no markdown escapes, HTML entities, bold or line-break tags left over from the list.
        Assert.DoesNotContain("&#x", stdout);
        Assert.DoesNotContain("\\\\*", stdout);
        Assert.DoesNotContain("**", stdout);
        Assert.DoesNotContain("<br>", stdout);
    }

    [Fact]
    public void Json_is_the_same_on_every_run()
    {
        Assert.Equal(JllmRunner.OnCatalog("export", "--format", "json").Stdout, JllmRunner.OnCatalog("export", "--format", "json").Stdout);
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_model()
    {
        var (code, stdout, _) = JllmRunner.OnCatalog("export", "--format", "csv");
        Assert.Equal(0, code);
        var rows = ReadCsv(stdout);
        Assert.Equal(
            "id,section,name,url,year,announced,withdrawn,withdrawn_reason,domain,architecture,base_model,base_models,parameters,active_parameters,context_length,training_data,datasets,training,developers,licenses,platform,huggingface_support,undisclosed,variants,footnotes,category,commercial_use,openai_terms_caveat,lineage",
            string.Join(",", rows[0]));
        int Column(string name) => rows[0].IndexOf(name);
        Assert.Contains("alpaca", rows.Single(row => row[0] == "plamo-13b")[Column("datasets")].Split(' '));
        Assert.Equal(JapaneseLlmCatalog.Models.Count, rows.Count - 1);
        Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
        Assert.Equal(JapaneseLlmCatalog.Models.Select(model => model.Id), rows.Skip(1).Select(row => row[0]));
        var merge = rows.Single(row => row[0] == "eques-medllama3-jp-v2");
        Assert.Contains("llama-3-swallow-8b:model:merge", merge[Column("base_models")].Split("; "));
        Assert.Equal(JapaneseLlmCatalog.FindModel("eques-medllama3-jp-v2")!.Lineage.Select(link => link.Id), merge[Column("lineage")].Split(' '));
        Assert.Equal("eques", merge[Column("developers")]);
        Assert.Equal("conditional", merge[Column("commercial_use")]);
    }

    [Fact]
    public void Llms_txt_follows_the_llmstxt_layout()
    {
        var (code, stdout, _) = JllmRunner.OnCatalog("export", "--format", "llms-txt");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n');
        Assert.StartsWith("# ", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.StartsWith("> ", lines[2]);
        Assert.DoesNotContain(lines, line => line.StartsWith("# ", StringComparison.Ordinal) && line != lines[0]);
        Assert.Contains("## Text generation models", lines);
        Assert.Equal("## Optional", lines.Last(line => line.StartsWith("## ", StringComparison.Ordinal)));
        var links = lines.Where(line => line.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.True(links.Count >= JapaneseLlmCatalog.Models.Count, $"{links.Count} list items");
        var linked = links.Where(line => line.StartsWith("- [", StringComparison.Ordinal)).ToList();
        Assert.True(linked.Count >= JapaneseLlmCatalog.Models.Count, $"{linked.Count} linked items");
        Assert.All(linked, line => Assert.Matches(@"^- \[[^\]]+\]\([^)\s]+\)(: .+)?$", line));
    }

    [Fact]
    public void Out_writes_the_file_and_reports_on_stderr()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("jllm-export-").FullName, "sub", "llms.txt");
        var (code, stdout, stderr) = JllmRunner.OnCatalog("export", "--format", "llms-txt", "--out", file);
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Contains("llms.txt", stderr);
        Assert.StartsWith("# ", File.ReadAllText(file));
    }

    /// <summary>RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = new List<string>();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
