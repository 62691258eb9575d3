using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using Xunit;
using JapaneseLlm.Catalog.Cli.LanguageServer;

namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>
/// <c>jllm lsp</c> at the protocol level, on a copy of the real catalog: each kind of error typed into a record is
/// published where <c>jllm check</c> reports it, with its id, severity, message and help link; its quick fix is
/// applied and clears it; completion, hover, definition and references answer from the registries.
/// </summary>
public sealed class JllmLanguageServerTests
{
    private const string Karasu = "models/text-generation/continual-pretraining/general/karasu.yaml";

    public static TheoryData<string, string, string, bool> Errors() => new()
    {
        // name, what replaces what ("old=>new", "+text" appends), the expected id, whether the fix restores the file
        { "unknown license id", "- apache-2.0\n=>- apache-2\n", "JLLM0103", true },
        { "broken footnote id", "- openai-terms\n=>- openai-term\n", "JLLM0103", true },
        { "unknown key", "\nlicenses:\n=>\nlicences:\n", "JLLM0002", true },
        { "missing caveat", "footnotes:\n  licenses:\n  - openai-terms\n=>", "JLLM0204", false },
        { "non-canonical developer name", "+developers_text:\n  en: Somebody Else\n", "JLLM0207", true },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task An_error_typed_into_a_record_is_published_as_jllm_check_reports_it_and_its_fix_clears_it(string name, string edit, string expectedId, bool fixRestores)
    {
        using var catalog = new TemporaryCatalog();
        var path = catalog.PathOf(Karasu);
        var original = catalog.Read(Karasu);
        var broken = Edit(original, edit);
        Assert.NotEqual(original, broken);
        await using var server = await JllmLanguageServer.Start(catalog.Root);

        Assert.Empty(await server.Open(path, original));
        await server.Change(path, broken);
        var published = await server.Diagnostics(path, diagnostics => diagnostics.Any(diagnostic => Code(diagnostic) == expectedId));

        // The same findings, at the same places, as jllm check over the same text.
        File.WriteAllText(path, broken);
        Assert.Equal(CheckedLines(catalog, Karasu), published.Select(diagnostic => Canonical(Karasu, diagnostic!)).Order(StringComparer.Ordinal).ToList());
        var finding = published.First(diagnostic => Code(diagnostic) == expectedId)!;
        Assert.Equal($"https://github.com/japanese-llm-catalog/JapaneseLlm.Catalog/blob/main/docs/diagnostics/{expectedId}.md", finding["codeDescription"]!["href"]!.GetValue<string>());

        var actions = (await server.CodeActions(path, finding["range"]!))!.AsArray();
        var action = actions.FirstOrDefault(candidate => candidate!["diagnostics"]!.AsArray().Any(diagnostic => Code(diagnostic) == expectedId));
        Assert.True(action is not null, $"{name}: no quick fix among {actions.ToJsonString()}");
        var fixedText = TextEdits.Apply(broken, action!["edit"]!["changes"]![JllmLanguageServer.LanguageServerUri(path)]!.AsArray());
        if (fixRestores)
        {
            Assert.Equal(original, fixedText);
        }

        await server.Change(path, fixedText);
        Assert.Empty(await server.Diagnostics(path, diagnostics => diagnostics.Count == 0));
        File.WriteAllText(path, fixedText);
        Assert.Empty(CheckedLines(catalog, Karasu));
        Assert.Equal(0, await server.Stop());
    }

    [Fact]
    public async Task Fixing_a_footnote_id_in_the_registry_clears_the_finding_in_the_open_record()
    {
        using var catalog = new TemporaryCatalog();
        const string Footnotes = "registries/footnotes.yaml";
        var registry = catalog.Read(Footnotes);
        await using var server = await JllmLanguageServer.Start(catalog.Root);
        Assert.Empty(await server.Open(catalog.PathOf(Karasu), catalog.Read(Karasu)));
        await server.Open(catalog.PathOf(Footnotes), registry);

        await server.Change(catalog.PathOf(Footnotes), registry.Replace("- id: openai-terms\n", "- id: openai-caveat\n", StringComparison.Ordinal));
        var broken = await server.Diagnostics(catalog.PathOf(Karasu), diagnostics => diagnostics.Any(diagnostic => Code(diagnostic) == "JLLM0103"));
        Assert.Contains(broken, diagnostic => diagnostic!["message"]!.GetValue<string>().Contains("footnote 'openai-terms'", StringComparison.Ordinal));

        await server.Change(catalog.PathOf(Footnotes), registry);
        Assert.Empty(await server.Diagnostics(catalog.PathOf(Karasu), diagnostics => diagnostics.Count == 0));
    }

    [Theory]
    [InlineData("- apache-2.0\n", "licenses")]
    [InlineData("- lightblue\n", "developers")]
    [InlineData("- sharegpt\n", "datasets")]
    [InlineData("  - openai-terms\n", "footnotes")]
    public async Task Completion_in_a_list_of_ids_offers_exactly_the_registry_ids(string item, string registry)
    {
        using var catalog = new TemporaryCatalog();
        var path = catalog.PathOf(Karasu);
        var emptied = item[..(item.IndexOf('-') + 2)];
        var original = catalog.Read(Karasu);
        var at = original.IndexOf(item, StringComparison.Ordinal);
        var text = original[..at] + emptied + "\n" + original[(at + item.Length)..];
        var (line, character) = (text[..at].Count(character => character == '\n'), emptied.Length);
        await using var server = await JllmLanguageServer.Start(catalog.Root);
        await server.Open(path, text);

        var items = (await server.Request("textDocument/completion", path, line, character))!["items"]!.AsArray();

        Assert.Equal(RegistryIds(catalog, registry), items.Select(completion => completion!["label"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList());
        Assert.All(items, completion => Assert.False(string.IsNullOrEmpty(completion!["detail"]?.GetValue<string>())));
    }

    [Theory]
    [InlineData("  hf: lightblue/karasu-7B\n", "  ", "quantized_from", "year")]
    [InlineData("footnotes:\n", "", "withdrawn", "quantized_from")]
    [InlineData("footnotes:\n  licenses:\n", "  ", "training_data", "withdrawn")]
    public async Task Key_completion_offers_the_keys_of_the_mapping_at_the_cursor(string after, string indent, string offered, string notOffered)
    {
        using var catalog = new TemporaryCatalog();
        var path = catalog.PathOf(Karasu);
        var text = catalog.Read(Karasu).Replace(after, after + indent + "\n", StringComparison.Ordinal);
        var line = text[..(text.IndexOf(after, StringComparison.Ordinal) + after.Length)].Count(character => character == '\n');
        await using var server = await JllmLanguageServer.Start(catalog.Root);
        await server.Open(path, text);

        var labels = (await server.Request("textDocument/completion", path, line, indent.Length))!["items"]!.AsArray().Select(item => item!["label"]!.GetValue<string>()).ToList();

        Assert.Contains(offered, labels);
        Assert.DoesNotContain(notOffered, labels);
    }

    /// <summary>Completion at the '|' of <c>typed</c>, which replaces <c>written</c> in <c>file</c>.</summary>
    [Theory]
    [InlineData("registries/licenses.yaml", "  commercial_use: allowed\n", "  commercial_use: al|\n", "allowed", "apache-2.0")]
    [InlineData(Karasu, "section: text-generation/continual-pretraining/general\n", "section: text-gen|\n", "text-generation/from-scratch/general", "apache-2.0")]
    [InlineData(Karasu, "footnotes:\n  licenses:\n", "footnotes:\n  lic|\n  licenses:\n", "training_data", "withdrawn")]
    [InlineData(Karasu, "  en: https://note.com/peter_lightblue/n/ne08a7c8cc47a\n", "  e|\n", "en", "ja")]
    [InlineData(Karasu, "  hf: lightblue/karasu-7B\n", "  hf: lightblue/karasu-7B\n  p|\n", "format", "parameters")]
    [InlineData(Karasu, "year: 2024\n", "year: 2024\nw|\n", "withdrawn", "name")]
    [InlineData(Karasu, "  hf: lightblue/karasu-7B\n", "  hf: lightblue/karasu-7B\n  format: g|\n", "gguf", "allowed")]
    [InlineData(Karasu, "licenses:\n- apache-2.0\n", "licenses: [apache-2.0, m|\n", "mit", "sharegpt")]
    [InlineData(Karasu, "variants:\n- label: 7B\n", "variants:\n- |\n- label: 7B\n", "label", "year")]
    [InlineData(Karasu, "kind: model\n", "kind: |\n", "licenses", "label")]
    public async Task Completion_offers_the_closed_values_keys_and_ids_the_schema_allows_at_the_cursor(string file, string written, string typed, string offered, string notOffered)
    {
        using var catalog = new TemporaryCatalog();
        var original = catalog.Read(file);
        var at = original.IndexOf(written, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{written}' is not in {file}");
        var text = original[..at] + typed.Replace("|", "", StringComparison.Ordinal) + original[(at + written.Length)..];
        var cursor = at + typed.IndexOf('|', StringComparison.Ordinal);
        var lineStart = text.LastIndexOf('\n', cursor - 1) + 1;
        await using var server = await JllmLanguageServer.Start(catalog.Root);
        await server.Open(catalog.PathOf(file), text);

        var completion = await server.Request("textDocument/completion", catalog.PathOf(file), text[..lineStart].Count(character => character == '\n'), cursor - lineStart);

        var labels = completion!["items"]!.AsArray().Select(item => item!["label"]!.GetValue<string>()).ToList();
        Assert.Contains(offered, labels);
        Assert.DoesNotContain(notOffered, labels);
    }

    [Theory]
    [InlineData("- apache-2.0", "commercial use: **allowed**", "- en: Apache 2.0")]
    [InlineData("- lightblue", "- ja: ", "- fr: ")]
    [InlineData("- sharegpt", "origin: https://huggingface.co/datasets/anon8231489123/ShareGPT_Vicuna_unfiltered", "generated by: openai")]
    [InlineData("section", "**section** (required)", "The id of the section")]
    public async Task Hover_says_what_an_id_or_key_stands_for(string written, string expected, string alsoExpected)
    {
        using var catalog = new TemporaryCatalog();
        var path = catalog.PathOf(Karasu);
        var text = catalog.Read(Karasu);
        var (line, character) = LineAndEnd(text, "\n" + written);
        await using var server = await JllmLanguageServer.Start(catalog.Root);
        await server.Open(path, text);

        var hover = (await server.Request("textDocument/hover", path, line, character - 1))!["contents"]!["value"]!.GetValue<string>();

        Assert.Contains(expected, hover, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, hover, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Definition_goes_from_an_id_to_its_registry_entry_and_references_come_back_from_it()
    {
        using var catalog = new TemporaryCatalog();
        var path = catalog.PathOf(Karasu);
        var text = catalog.Read(Karasu);
        var (line, character) = LineAndEnd(text, "\n- apache-2.0");
        await using var server = await JllmLanguageServer.Start(catalog.Root);
        await server.Open(path, text);

        var definition = (await server.Request("textDocument/definition", path, line, character - 2))!.AsArray().Single()!;
        var licenses = catalog.PathOf("registries/licenses.yaml");
        Assert.Equal(JllmLanguageServer.LanguageServerUri(licenses), definition["uri"]!.GetValue<string>());
        var registryText = File.ReadAllText(licenses);
        Assert.Equal(LineAndEnd(registryText, "\n- id: apache-2.0").Line, definition["range"]!["start"]!["line"]!.GetValue<int>());

        var start = definition["range"]!["start"]!;
        var references = (await server.Request("textDocument/references", licenses, start["line"]!.GetValue<int>(), start["character"]!.GetValue<int>() + 1, new JsonObject { ["context"] = new JsonObject { ["includeDeclaration"] = false } }))!.AsArray();

        var files = references.Select(reference => reference!["uri"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(FilesUsingLicense(catalog, "apache-2.0"), files);
        Assert.All(references, reference =>
        {
            var file = File.ReadAllText(new Uri(reference!["uri"]!.GetValue<string>()).LocalPath);
            var range = reference["range"]!;
            Assert.Equal("apache-2.0", file[TextEdits.Offset(file, range["start"]!)..TextEdits.Offset(file, range["end"]!)]);
        });
    }

    [Fact]
    public async Task The_server_survives_bad_messages_says_full_sync_and_exits_with_1_without_shutdown()
    {
        using var catalog = new TemporaryCatalog();
        var process = System.Diagnostics.Process.Start(JllmLanguageServer.StartInfo())!;
        using var connection = new JsonRpcConnection(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, (_, _) => null, (_, _) => { });
        var result = await connection.Request("initialize", new JsonObject { ["rootUri"] = JllmLanguageServer.LanguageServerUri(catalog.Root), ["capabilities"] = new JsonObject() }, TimeSpan.FromSeconds(60));
        Assert.Equal(1, result!["capabilities"]!["textDocumentSync"]!["change"]!.GetValue<int>());

        // A notification it cannot read and a method it does not serve leave it serving.
        await connection.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///no-text.yaml" } });
        var unknown = await Assert.ThrowsAsync<InvalidOperationException>(() => connection.Request("textDocument/documentSymbol", new JsonObject(), TimeSpan.FromSeconds(60)));
        Assert.Contains("-32601", unknown.Message, StringComparison.Ordinal);
        var broken = await Assert.ThrowsAsync<InvalidOperationException>(() => connection.Request("textDocument/hover", new JsonObject(), TimeSpan.FromSeconds(60)));
        Assert.Contains("-32603", broken.Message, StringComparison.Ordinal);
        Assert.Null(await connection.Request("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = JllmLanguageServer.LanguageServerUri(catalog.PathOf("registries/licenses.yaml")) },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        }, TimeSpan.FromSeconds(60)));

        await connection.Notify("exit", null);
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(1, process.ExitCode);
    }

    private static string Edit(string text, string edit) =>
        edit.StartsWith('+') ? text + edit[1..] : text.Replace(edit[..edit.IndexOf("=>", StringComparison.Ordinal)], edit[(edit.IndexOf("=>", StringComparison.Ordinal) + 2)..], StringComparison.Ordinal);

    private static string? Code(JsonNode? diagnostic) => diagnostic?["code"]?.GetValue<string>();

    /// <summary>A published diagnostic in jllm check's canonical form.</summary>
    private static string Canonical(string relative, JsonNode diagnostic)
    {
        var start = diagnostic["range"]!["start"]!;
        var severity = diagnostic["severity"]!.GetValue<int>() switch { 1 => "error", 2 => "warning", _ => "info" };
        return $"{relative}({start["line"]!.GetValue<int>() + 1},{start["character"]!.GetValue<int>() + 1}): {severity} {Code(diagnostic)}: {diagnostic["message"]!.GetValue<string>()}";
    }

    /// <summary>jllm check's lines about one file of the catalog, paths relative to the catalog.</summary>
    private static List<string> CheckedLines(TemporaryCatalog catalog, string relative)
    {
        var current = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(catalog.Root);
            var (_, stdout, _) = JllmRunner.Run("check", "--catalog", catalog.Root);
            return stdout.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.StartsWith(relative + "(", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            Directory.SetCurrentDirectory(current);
        }
    }

    private static (int Line, int Character) LineAndEnd(string text, string written)
    {
        var end = text.IndexOf(written, StringComparison.Ordinal) + written.Length;
        var lineStart = text.LastIndexOf('\n', end - 1) + 1;
        return (text[..lineStart].Count(character => character == '\n'), end - lineStart);
    }

    private static List<string> RegistryIds(TemporaryCatalog catalog, string registry) =>
        CatalogParser.Parse(catalog.PathOf($"registries/{registry}.yaml"), catalog.Read($"registries/{registry}.yaml")).Entries.Select(entry => entry.Id).Order(StringComparer.Ordinal).ToList();

    private static List<string> FilesUsingLicense(TemporaryCatalog catalog, string license) =>
        Directory.EnumerateFiles(catalog.Root, "*.yaml", SearchOption.AllDirectories)
            .Where(file => CatalogParser.Parse(file, File.ReadAllText(file)).Entries.Any(entry => entry switch
            {
                ModelRecord model => model.Licenses.Any(reference => reference.Id == license) || model.Variants.Any(variant => variant.Licenses.Any(reference => reference.Id == license)),
                BaseModelEntry baseModel => baseModel.Licenses.Any(reference => reference.Id == license),
                _ => false,
            }))
            .Select(JllmLanguageServer.LanguageServerUri)
            .Order(StringComparer.Ordinal)
            .ToList();
}
