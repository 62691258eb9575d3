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
    public async Task Hovering_a_key_shows_its_description()
    {
        const string text = "# yaml-language-server: $schema=../../../../schema/model.schema.json\nkind: model\nannounced: 2025-01-01\n";
        var hover = await fixture.Server.Hover(NewModel, text, 2, 3);
        Assert.Contains("The announcement date, yyyy-MM-dd, where known", hover);
    }
}
