using System.Globalization;
using System.Text;

namespace JapaneseLlm.Catalog.Performance.Synthetic;

/// <summary>The five registry files of a synthetic catalog, in the block style the importer writes.</summary>
internal static class SyntheticRegistries
{
    /// <summary>Model sections, one per top-level category plus the text-generation subsections.</summary>
    public static readonly IReadOnlyList<string> ModelSections =
    [
        "text-generation/from-scratch", "text-generation/continual-pretraining", "text-generation/post-training",
        "encoders/general", "embeddings/general", "vision-language/general", "speech/general", "music/general",
    ];

    private static readonly (string Id, string Category)[] TopSections =
    [
        ("text-generation", "text-generation"), ("encoders", "encoder"), ("embeddings", "embedding"),
        ("vision-language", "vision-language"), ("speech", "speech"), ("music", "music"),
    ];

    public static string Sections()
    {
        var yaml = new StringBuilder("kind: sections\nsections:\n");
        foreach (var (id, category) in TopSections)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"- id: {id}\n  level: 2\n  anchor: {id}\n")
                .Append(CultureInfo.InvariantCulture, $"  heading:\n    ja: {id} のモデル\n    en: Models for {id}\n    fr: Modèles pour {id}\n")
                .Append(CultureInfo.InvariantCulture, $"  category: {category}\n");
        }

        foreach (var id in ModelSections)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"- id: {id}\n  parent: {id[..id.IndexOf('/')]}\n  level: 3\n  heading: {id}\n  records: model\n");
        }

        return yaml.ToString();
    }

    public static string Developers(SyntheticShape shape) =>
        Registry("developers", shape.DeveloperCount, index =>
            $"- id: {SyntheticShape.DeveloperId(index)}\n  name:\n    ja: 合成研究所 {index}\n    en: Synthetic Lab {index}\n    fr: Laboratoire synthétique {index}\n" +
            (index % 9 == 0 ? "  individual: true\n" : $"  url: https://example.org/labs/{index}\n"));

    public static string Licenses(SyntheticShape shape) =>
        Registry("licenses", shape.LicenseCount, index =>
            $"- id: {SyntheticShape.LicenseId(index)}\n  name: Synthetic License {index}\n  spdx: LicenseRef-Synthetic-{index}\n" +
            $"  commercial_use: {(index % 4) switch { 0 => "allowed", 1 => "not-allowed", 2 => "conditional", _ => "unknown" }}\n" +
            $"  url: https://example.org/licenses/{index}\n");

    public static string Datasets(SyntheticShape shape) =>
        Registry("datasets", shape.DatasetCount, index =>
            $"- id: {SyntheticShape.DatasetId(index)}\n  name: Synthetic Corpus {index}\n  url: https://example.org/corpora/{index}\n" +
            (index % 5 == 0 ? "  generated_by:\n  - openai\n  generated_by_source: https://example.org/papers/synthetic\n" : string.Empty));

    public static string Footnotes(SyntheticShape shape) =>
        Registry("footnotes", shape.FootnoteCount, index =>
            $"- id: {SyntheticShape.FootnoteId(index)}\n  text:\n    ja: 合成の注記 {index}。\n    en: Synthetic footnote {index}.\n    fr: Note synthétique {index}.\n" +
            (index == 0 ? "  openai_terms_caveat: true\n" : string.Empty));

    private static string Registry(string kind, int count, Func<int, string> entry)
    {
        var yaml = new StringBuilder().Append(CultureInfo.InvariantCulture, $"kind: {kind}\n{kind}:\n");
        for (var index = 0; index < count; index++)
        {
            yaml.Append(entry(index));
        }

        return yaml.ToString();
    }
}
