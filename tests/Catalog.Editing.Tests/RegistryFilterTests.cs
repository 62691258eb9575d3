using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>jllm query's registry filters take what the package's look-ups take, and suggest on a miss.</summary>
public sealed class RegistryFilterTests
{
    [Theory]
    [InlineData("--developer", "sb-intuitions", "SB Intuitions")]
    [InlineData("--developer", "sb-intuitions", "sb  intuitions")]
    [InlineData("--license", "apache-2.0", "Apache-2.0")]
    [InlineData("--license", "apache-2.0", "Apache 2.0")]
    public void A_name_or_spdx_id_selects_what_the_id_selects(string option, string id, string other)
    {
        var byId = JllmRunner.OnCatalog("query", option, id, "--json");
        var byOther = JllmRunner.OnCatalog("query", option, other, "--json");
        Assert.Equal(0, byId.Code);
        Assert.Equal(byId.Stdout, byOther.Stdout);
    }

    [Theory]
    [InlineData("--developer", "sb-intuitons", "did you mean sb-intuitions?")]
    [InlineData("--license", "apache2", "did you mean apache-2.0")]
    [InlineData("--license", "zzzzzzzzzzzz", "see the ids in catalog/registries/licenses.yaml")]
    public void An_unknown_id_is_a_usage_error_that_names_the_nearest_ids(string option, string typed, string hint)
    {
        var (code, stdout, stderr) = JllmRunner.OnCatalog("query", option, typed);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith($"jllm: {option} {typed}: no ", stderr);
        Assert.Contains(hint, stderr);
    }
}
