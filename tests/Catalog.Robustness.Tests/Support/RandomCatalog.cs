using System.Globalization;
using System.Text;
using CsCheck;
using JapaneseLlm.Catalog.Authoring.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>A random model: every text field filled with a hostile string.</summary>
internal sealed record RandomModel(
    LocalizedStrings Name, string Url, LocalizedStrings Architecture, LocalizedStrings BaseModel, LocalizedStrings Domain,
    LocalizedStrings TrainingData, string Platform, string AppliesTo, string Label, string HuggingFaceId, string VariantUrl)
{
    public IEnumerable<string> Strings =>
        [.. Name.All, Url, .. Architecture.All, .. BaseModel.All, .. Domain.All, .. TrainingData.All, Platform, AppliesTo, Label, HuggingFaceId, VariantUrl];
}

internal sealed record RandomDeveloper(LocalizedStrings Name, string Url)
{
    public IEnumerable<string> Strings => [.. Name.All, Url];
}

internal sealed record RandomLicense(LocalizedStrings Name, string Spdx, string HuggingFace, string Url)
{
    public IEnumerable<string> Strings => [.. Name.All, Spdx, HuggingFace, Url];
}

internal sealed record RandomBenchmark(LocalizedStrings Name, string Url, string Anchor, LocalizedStrings Description)
{
    public IEnumerable<string> Strings => [.. Name.All, Url, Anchor, .. Description.All];
}

internal sealed record RandomPaper(LocalizedStrings Name, string Title, string Venue, string Url)
{
    public IEnumerable<string> Strings => [.. Name.All, Title, Venue, Url];
}

/// <summary>
/// A random catalog of hostile texts written as YAML files, and the check that each text reaches the compiled
/// catalog unchanged. Ids are numbered (<c>m007</c>), so every record compiles: identifier naming and collisions
/// are tested on their own.
/// </summary>
internal sealed record RandomCatalog(RandomModel[] Models, RandomDeveloper[] Developers, RandomLicense[] Licenses, RandomBenchmark[] Benchmarks, RandomPaper[] Papers)
{
    public static Gen<RandomCatalog> Gen(int models) =>
        CsCheck.Gen.Select(
            ModelGen.Array[models],
            CsCheck.Gen.Select(HostileStrings.RequiredLocalized, HostileStrings.Text, (name, url) => new RandomDeveloper(name, url)).Array[4],
            CsCheck.Gen.Select(HostileStrings.RequiredLocalized, HostileStrings.Text, HostileStrings.Text, HostileStrings.Text, (name, spdx, hf, url) => new RandomLicense(name, spdx, hf, url)).Array[3],
            CsCheck.Gen.Select(HostileStrings.RequiredLocalized, HostileStrings.Text, HostileStrings.Text, HostileStrings.Localized, (name, url, anchor, description) => new RandomBenchmark(name, url, anchor, description)).Array[3],
            CsCheck.Gen.Select(HostileStrings.RequiredLocalized, HostileStrings.Required, HostileStrings.Text, HostileStrings.Text, (name, title, venue, url) => new RandomPaper(name, title, venue, url)).Array[3],
            (m, d, l, b, p) => new RandomCatalog(m, d, l, b, p));

    private static Gen<RandomModel> ModelGen { get; } =
        CsCheck.Gen.Select(
            HostileStrings.RequiredLocalized, HostileStrings.Text, HostileStrings.Localized, HostileStrings.Localized, HostileStrings.Localized, HostileStrings.Localized,
            CsCheck.Gen.Select(HostileStrings.Text, HostileStrings.Text, HostileStrings.Required, HostileStrings.Text, HostileStrings.Text),
            (name, url, architecture, baseModel, domain, trainingData, rest) =>
                new RandomModel(name, url, architecture, baseModel, domain, trainingData, rest.Item1, rest.Item2, rest.Item3, rest.Item4, rest.Item5));

    public IEnumerable<string> Strings =>
        Models.SelectMany(model => model.Strings)
            .Concat(Developers.SelectMany(developer => developer.Strings))
            .Concat(Licenses.SelectMany(license => license.Strings))
            .Concat(Benchmarks.SelectMany(benchmark => benchmark.Strings))
            .Concat(Papers.SelectMany(paper => paper.Strings));

    public IReadOnlyList<AdditionalText> ToFiles()
    {
        var files = new List<AdditionalText>
        {
            File("registries/sections.yaml", "kind: sections\nsections:\n  - id: random\n    level: 2\n    heading: Random\n    category: text-generation\n    records: model\n  - id: random-benchmarks\n    level: 2\n    heading: Benchmarks\n    records: benchmark\n  - id: random-papers\n    level: 2\n    heading: Papers\n    records: paper\n"),
            File("registries/developers.yaml", "kind: developers\ndevelopers:\n" + string.Concat(Developers.Select((developer, index) =>
                $"  - id: d{index}\n    name:{YamlQuoting.Languages("      ", developer.Name)}\n    url: {Q(developer.Url)}\n"))),
            File("registries/licenses.yaml", "kind: licenses\nlicenses:\n" + string.Concat(Licenses.Select((license, index) =>
                $"  - id: l{index}\n    name:{YamlQuoting.Languages("      ", license.Name)}\n    spdx: {Q(license.Spdx)}\n    huggingface: {Q(license.HuggingFace)}\n    commercial_use: allowed\n    url: {Q(license.Url)}\n"))),
        };
        files.AddRange(Models.Select((model, index) => File($"models/m{index:D3}.yaml", ModelYaml(model, index))));
        files.AddRange(Benchmarks.Select((benchmark, index) => File($"benchmarks/b{index:D3}.yaml",
            $"kind: benchmark\nid: b{index:D3}\nsection: random-benchmarks\nname:{YamlQuoting.Languages("  ", benchmark.Name)}\nurl: {Q(benchmark.Url)}\nanchor: {Q(benchmark.Anchor)}\ndescription:{YamlQuoting.Languages("  ", benchmark.Description)}\ndevelopers: [d{index % Developers.Length}]\n")));
        files.AddRange(Papers.Select((paper, index) => File($"papers/p{index:D3}.yaml",
            $"kind: paper\nid: p{index:D3}\nsection: random-papers\nname:{YamlQuoting.Languages("  ", paper.Name)}\ntitle: {Q(paper.Title)}\nvenue: {Q(paper.Venue)}\nurl: {Q(paper.Url)}\n")));
        return files;
    }

    /// <summary>Asserts that every text of the catalog is in the compiled catalog, field by field; returns how many were compared.</summary>
    public int AssertRoundTrip(CompiledCatalog compiled)
    {
        var compared = 0;
        void Same(string expected, object? actual, string what)
        {
            Assert.True(expected == (string?)actual, $"{what}: expected {Show(expected)}, compiled {Show((string?)actual)}");
            compared++;
        }

        // Texts reach the runtime as the one plain-text reduction makes them (issue 14); ids and URLs unchanged.
        void SameText(LocalizedStrings expected, object? actual, string what)
        {
            Assert.NotNull(actual);
            Same(PlainText.FromMarkdown(expected.Ja), CompiledCatalog.Read(actual, "Japanese"), what + ".ja");
            Same(PlainText.FromMarkdown(expected.En), CompiledCatalog.Read(actual, "English"), what + ".en");
            Same(PlainText.FromMarkdown(expected.Fr), CompiledCatalog.Read(actual, "French"), what + ".fr");
        }

        for (var index = 0; index < Models.Length; index++)
        {
            var (model, id) = (Models[index], $"m{index:D3}");
            var record = compiled.Find("model", id) ?? throw new Xunit.Sdk.XunitException($"model {id} was not compiled");
            SameText(model.Name, CompiledCatalog.Read(record, "Name"), id + ".name");
            Same(model.Url, CompiledCatalog.Read(record, "Url"), id + ".url");
            SameText(model.Architecture, CompiledCatalog.Read(record, "Architecture"), id + ".architecture");
            SameText(model.BaseModel, CompiledCatalog.Read(record, "BaseModel"), id + ".base_model");
            SameText(model.Domain, CompiledCatalog.Read(record, "Domain"), id + ".domain");
            SameText(model.TrainingData, CompiledCatalog.Read(record, "TrainingData"), id + ".training_data");
            SameText(new LocalizedStrings(model.Platform, model.Platform, model.Platform), CompiledCatalog.Read(record, "Platform"), id + ".platform");
            var contextLength = Single(CompiledCatalog.Read(record, "ContextLengths"));
            Same(PlainText.FromMarkdown(model.AppliesTo), CompiledCatalog.Read(contextLength, "AppliesTo"), id + ".context_length.applies_to");
            var variant = Single(CompiledCatalog.Read(record, "Variants"));
            Same(PlainText.FromMarkdown(model.Label), CompiledCatalog.Read(variant, "Label"), id + ".variants.label");
            Same(model.HuggingFaceId, CompiledCatalog.Read(variant, "HuggingFaceId"), id + ".variants.hf");
            Same(model.VariantUrl, CompiledCatalog.Read(variant, "Url"), id + ".variants.url");
        }

        for (var index = 0; index < Developers.Length; index++)
        {
            var record = compiled.Find("developer", $"d{index}")!;
            SameText(Developers[index].Name, CompiledCatalog.Read(record, "Name"), $"d{index}.name");
            Same(Developers[index].Url, CompiledCatalog.Read(record, "Url"), $"d{index}.url");
        }

        for (var index = 0; index < Licenses.Length; index++)
        {
            var record = compiled.Find("license", $"l{index}")!;
            SameText(Licenses[index].Name, CompiledCatalog.Read(record, "Name"), $"l{index}.name");
            Same(Licenses[index].Spdx, CompiledCatalog.Read(record, "SpdxId"), $"l{index}.spdx");
            Same(Licenses[index].HuggingFace, CompiledCatalog.Read(record, "HuggingFaceId"), $"l{index}.huggingface");
            Same(Licenses[index].Url, CompiledCatalog.Read(record, "Url"), $"l{index}.url");
        }

        for (var index = 0; index < Benchmarks.Length; index++)
        {
            var record = compiled.Find("benchmark", $"b{index:D3}")!;
            SameText(Benchmarks[index].Name, CompiledCatalog.Read(record, "Name"), $"b{index}.name");
            Same(Benchmarks[index].Url, CompiledCatalog.Read(record, "Url"), $"b{index}.url");
            Same(Benchmarks[index].Anchor, CompiledCatalog.Read(record, "Anchor"), $"b{index}.anchor");
            SameText(Benchmarks[index].Description, CompiledCatalog.Read(record, "Description"), $"b{index}.description");
        }

        for (var index = 0; index < Papers.Length; index++)
        {
            var record = compiled.Find("paper", $"p{index:D3}")!;
            SameText(Papers[index].Name, CompiledCatalog.Read(record, "Name"), $"p{index}.name");
            Same(PlainText.FromMarkdown(Papers[index].Title), CompiledCatalog.Read(record, "Title"), $"p{index}.title");
            Same(PlainText.FromMarkdown(Papers[index].Venue), CompiledCatalog.Read(record, "Venue"), $"p{index}.venue");
            Same(Papers[index].Url, CompiledCatalog.Read(record, "Url"), $"p{index}.url");
        }

        return compared;
    }

    private string ModelYaml(RandomModel model, int index) =>
        $"kind: model\nid: m{index:D3}\nsection: random\nyear: 2024\n"
        + $"name:{YamlQuoting.Languages("  ", model.Name)}\nurl: {Q(model.Url)}\n"
        + $"architecture:{YamlQuoting.Languages("  ", model.Architecture)}\nbase_model:{YamlQuoting.Languages("  ", model.BaseModel)}\n"
        + $"domain:{YamlQuoting.Languages("  ", model.Domain)}\ntraining_data:{YamlQuoting.Languages("  ", model.TrainingData)}\n"
        + $"platform: {Q(model.Platform)}\ncontext_length:\n  - tokens: 4096\n    applies_to: {Q(model.AppliesTo)}\n"
        + $"developers: [d{index % Developers.Length}]\nlicenses: [l{index % Licenses.Length}]\n"
        + $"variants:\n  - label: {Q(model.Label)}\n    hf: {Q(model.HuggingFaceId)}\n    url: {Q(model.VariantUrl)}\n    parameters: 7B\n";

    private static string Q(string value) => YamlQuoting.DoubleQuoted(value);

    private static AdditionalText File(string path, string text) => new CorpusText("/random/" + path, text);

    private static object Single(object? list) => Assert.Single(((System.Collections.IEnumerable)list!).Cast<object>());

    private static string Show(string? value) =>
        value is null ? "null" : "\"" + string.Concat(value.Select(character => character is >= ' ' and <= '~' ? character.ToString() : $"\\u{(int)character:X4}")) + "\"";
}
