using JapaneseLlm.Catalog.Editing.Tests.LanguageServer;
using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>The help the schema gives while typing, asked of the real language server as VS Code asks it.</summary>
public sealed class EditorAssistanceTests : IClassFixture<LanguageServerFixture>
{
    private static readonly string NewModel = Path.Combine(TestPaths.Catalog, "models", "text-generation", "from-scratch", "general", "new-model.yaml");
    private static readonly string Licenses = Path.Combine(TestPaths.Catalog, "registries", "licenses.yaml");

    private readonly LanguageServerFixture fixture;

    public EditorAssistanceTests(LanguageServerFixture fixture) => this.fixture = fixture;

    [Fact]
    public async Task A_new_line_in_a_model_completes_the_keys_not_yet_written()
    {
        const string text = "# yaml-language-server: $schema=../../../../schema/model.schema.json\nkind: model\nid: new-model\n\n";
        var labels = await fixture.Server.Complete(NewModel, text, 3, 0);
        Assert.Contains("architecture", labels);
        Assert.Contains("context_length", labels);
        Assert.Contains("variants", labels);
        Assert.DoesNotContain("kind", labels);
    }

    [Fact]
    public async Task A_closed_set_completes_its_values()
    {
        const string text = "# yaml-language-server: $schema=../schema/licenses.schema.json\nkind: licenses\nlicenses:\n- id: new-license\n  name: New License\n  commercial_use: \n";
        var labels = await fixture.Server.Complete(Licenses, text, 5, 18);
        Assert.Equal(["allowed", "conditional", "not-allowed", "unknown"], labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_license_list_completes_the_registrys_license_ids()
    {
        const string text = "# yaml-language-server: $schema=../../../../schema/model.schema.json\nkind: model\nid: new-model\nlicenses:\n- \n";
        var labels = await fixture.Server.Complete(Path.ChangeExtension(NewModel, ".licensed.yaml"), text, 4, 2);
        Assert.Contains("apache-2.0", labels);
        Assert.Contains("cc-by-nc-4.0", labels);
        Assert.DoesNotContain("sb-intuitions", labels);
    }

    [Fact]
    public async Task A_misspelt_license_id_is_an_error_in_the_editor()
    {
        const string text = "# yaml-language-server: $schema=../../../../schema/model.schema.json\nkind: model\nid: new-model\nlicenses:\n- apache-2\n";
        // A document per text: the server keeps what it was sent for a path.
        var misspeltPath = Path.ChangeExtension(NewModel, ".misspelt.yaml");
        var correctedPath = Path.ChangeExtension(NewModel, ".corrected.yaml");
        var results = await fixture.Server.Validate(
            new Dictionary<string, string> { [misspeltPath] = text, [correctedPath] = text.Replace("apache-2\n", "apache-2.0\n", StringComparison.Ordinal) },
            expectErrors: true);
        Assert.Contains(results[misspeltPath], problem => problem.Line == 5 && problem.Severity == 1);
        Assert.DoesNotContain(results[correctedPath], problem => problem.Line == 5);
    }

    [Fact]
    public async Task Hovering_a_key_shows_its_description()
    {
        const string text = "# yaml-language-server: $schema=../../../../schema/model.schema.json\nkind: model\nannounced: 2025-01-01\n";
        var hover = await fixture.Server.Hover(NewModel, text, 2, 3);
        Assert.Contains("The announcement date, yyyy-MM-dd, where known", hover);
    }
}
