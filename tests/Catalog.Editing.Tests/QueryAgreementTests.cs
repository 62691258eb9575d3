using System.Text.Json;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Json;
using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>
/// <c>jllm query</c> reads the YAML through the shared parser and builds the runtime's objects from the records
/// (src/Catalog.Cli.Compiled) to filter with <see cref="ModelQuery"/>; the generator compiles the same YAML into the
/// runtime library. For each filter, both must return the same models of the committed catalog, and every model the
/// same derived facts: a difference is a difference between that builder and the generator.
/// </summary>
public sealed class QueryAgreementTests
{
    public static TheoryData<string, string[]> Filters() => new()
    {
        { "all", [] },
        { "text-generation >= 30B", ["--category", "text-generation", "--min-params", "30B"] },
        { "vision-language", ["--category", "vision-language"] },
        { "sb-intuitions", ["--developer", "sb-intuitions"] },
        { "apache-2.0 in 2025", ["--license", "apache-2.0", "--year", "2025"] },
        { "not-allowed", ["--commercial-use", "not-allowed"] },
        { "usable, >= 32k context", ["--commercially-usable", "--context-length", "32768"] },
        { "1B-8B", ["--min-params", "1B", "--max-params", "8B"] },
        { "mistral since 2024", ["--architecture", "mistral", "--from-year", "2024"] },
        { "repositories published since May 2025", ["--released-since", "2025-05-01"] },
        { "on llama", ["--base-model", "llama"] },
        { "post-training section", ["--section", "text-generation/post-training"] },
        { "encoders without caveat", ["--category", "encoder", "--without-openai-caveat"] },
        { "gguf", ["--format", "gguf"] },
        { "awq since 2025", ["--format", "awq", "--from-year", "2025"] },
        { "derived from llama 3", ["--derived-from", "llama-3"] },
        { "derived from a catalog model", ["--derived-from", "llama-3-swallow-8b"] },
        { "derived from qwen, usable", ["--derived-from", "qwen2.5", "--commercially-usable"] },
        { "derived from mistral 7b through mixtral", ["--derived-from", "mistral-7b"] },
        { "trained on alpaca", ["--dataset", "alpaca"] },
        { "trained on wikipedia since 2025", ["--dataset", "wikipedia", "--from-year", "2025"] },
        { "no output-terms risk", ["--no-output-terms-risk"] },
        { "trained on outputs of meta's models", ["--trained-on-outputs-of", "meta"] },
        { "text generation trained on outputs of google's models", ["--category", "text-generation", "--trained-on-outputs-of", "google"] },
        { "vision-language without risk", ["--category", "vision-language", "--no-output-terms-risk"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Jllm_query_returns_what_the_runtime_query_returns(string name, string[] arguments)
    {
        var (code, stdout, stderr) = JllmRunner.OnCatalog(["query", "--json", .. arguments]);
        Assert.True(code == 0, $"{name}: {stderr}");
        var fromJllm = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(model => model.GetProperty("id").GetString()!).ToList();
        var fromRuntime = RuntimeQuery(arguments).Select(model => model.Id).ToList();
        Assert.NotEmpty(fromRuntime);
        Assert.Equal(fromRuntime, fromJllm);
    }

    [Fact]
    public void Every_filter_of_jllm_query_is_compared_with_the_runtime()
    {
        var command = JapaneseLlm.Catalog.Cli.Commands.QueryCommand.Create(TextWriter.Null, TextWriter.Null);
        var notFilters = new[] { "--json", "--lang", "--catalog", "--help", "-h", "/h", "-?", "/?" };
        var filters = command.Options.Select(option => option.Name).Except(notFilters).ToList();
        var compared = Filters().SelectMany(row => (string[])row[1]).Where(argument => argument.StartsWith("--", StringComparison.Ordinal)).ToHashSet();
        Assert.True(filters.Count >= 18, string.Join(" ", filters));
        Assert.Equal([], filters.Except(compared));
    }

    [Fact]
    public void Every_model_has_the_same_derived_facts_in_jllm_and_the_runtime()
    {
        var (_, stdout, _) = JllmRunner.OnCatalog("query", "--json");
        var fromJllm = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToDictionary(model => model.GetProperty("id").GetString()!);
        Assert.Equal(JapaneseLlmCatalog.Models.Count, fromJllm.Count);
        foreach (var model in JapaneseLlmCatalog.Models)
        {
            var json = fromJllm[model.Id];
            Assert.Equal(Kebab(model.Category.ToString()), json.GetProperty("category").GetString());
            Assert.Equal(Kebab(model.CommercialUse.ToString()), json.GetProperty("commercial_use").GetString());
            Assert.Equal(model.HasOpenAiTermsCaveat, json.GetProperty("openai_terms_caveat").GetBoolean());
            Assert.Equal(model.MaxParameters, NullableLong(json.GetProperty("parameters")));
            Assert.Equal(model.MaxContextLength, (int?)NullableLong(json.GetProperty("context_length")));
            Assert.Equal(model.AllLicenses().Select(license => license.Id), json.GetProperty("licenses").EnumerateArray().Select(license => license.GetProperty("id").GetString()));
            Assert.Equal(model.Lineage.Select(link => link.Id), json.GetProperty("lineage").EnumerateArray().Select(id => id.GetString()));
            Assert.Equal(
                model.BaseModels.Select(link => (link.Id, link.IsCatalogModel ? "model" : "base-model")),
                json.GetProperty("base_models").EnumerateArray().Select(link => (link.GetProperty("id").GetString()!, link.GetProperty("kind").GetString()!)));
        }
    }

    [Fact]
    public void Every_model_jllm_builds_from_its_record_is_the_model_the_generator_compiled()
    {
        var compiled = CatalogLoader.Load(TestPaths.Catalog).Catalog.Compile().Models;
        Assert.Equal(JapaneseLlmCatalog.Models.Select(model => model.Id), compiled.Select(model => model.Record.Id));
        var differences = compiled
            .Where(model => CatalogJson.Serialize((Model)model.Runtime) != CatalogJson.Serialize(JapaneseLlmCatalog.FindModel(model.Record.Id)!))
            .Select(model => model.Record.Id)
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} models differ, e.g. {string.Join(", ", differences.Take(5))}");
    }

    [Fact]
    public void No_match_exits_one_and_says_so()
    {
        var (code, stdout, stderr) = JllmRunner.OnCatalog("query", "--year", "1999");
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("no model matches", stderr);
    }

    [Fact]
    public void The_table_lists_each_match_on_one_line_under_a_header()
    {
        var (code, stdout, _) = JllmRunner.OnCatalog("query", "--developer", "sb-intuitions");
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID ", lines[0]);
        Assert.StartsWith("---", lines[1]);
        Assert.Equal(JapaneseLlmCatalog.Query().ByDeveloper("sb-intuitions").Count(), lines.Length - 2);
    }

    /// <summary>The runtime calls each jllm option stands for.</summary>
    private static ModelQuery RuntimeQuery(string[] arguments)
    {
        var query = JapaneseLlmCatalog.Query();
        long? minimum = null;
        long? maximum = null;
        for (var i = 0; i < arguments.Length; i++)
        {
            string Next() => arguments[++i];
            query = arguments[i] switch
            {
                "--category" => query.InCategory(Enum.Parse<ModelCategory>(Next().Replace("-", ""), ignoreCase: true)),
                "--section" => query.InSection(Next()),
                "--developer" => query.ByDeveloper(Next()),
                "--license" => query.WithLicense(Next()),
                "--commercial-use" => query.WithCommercialUse(Enum.Parse<CommercialUse>(Next().Replace("-", ""), ignoreCase: true)),
                "--commercially-usable" => query.CommerciallyUsable(),
                "--context-length" => query.WithContextLength(int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)),
                "--year" => query.InYear(int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)),
                "--from-year" => query.FromYear(int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)),
                "--released-since" => query.ReleasedSince(System.DateTime.ParseExact(Next(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                "--architecture" => query.WithArchitecture(Next()),
                "--base-model" => query.WithBaseModel(Next()),
                "--without-openai-caveat" => query.WithoutOpenAiTermsCaveat(),
                "--dataset" => query.TrainedOn(Next()),
                "--no-output-terms-risk" => query.WithoutOutputTermsRisk(),
                "--trained-on-outputs-of" => query.TrainedOnOutputsOf(Next()),
                "--format" => query.WithWeightFormat(Enum.Parse<WeightFormat>(Next(), ignoreCase: true)),
                "--derived-from" => query.DerivedFrom(Next()),
                "--min-params" => Remember(ref minimum, Next(), query),
                "--max-params" => Remember(ref maximum, Next(), query),
                _ => throw new ArgumentException(arguments[i]),
            };
        }

        return minimum is null && maximum is null ? query : query.WithParameters(minimum ?? 0, maximum ?? long.MaxValue);
    }

    private static ModelQuery Remember(ref long? bound, string text, ModelQuery query)
    {
        bound = (long)(decimal.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture) * 1_000_000_000m);
        return query;
    }

    private static long? NullableLong(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetInt64();

    private static string Kebab(string name) =>
        string.Concat(name.Select((character, index) => char.IsUpper(character) && index > 0 ? "-" + char.ToLowerInvariant(character) : char.ToLowerInvariant(character).ToString()));
}
