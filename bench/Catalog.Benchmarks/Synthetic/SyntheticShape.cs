using System.Globalization;

namespace JapaneseLlm.Catalog.Performance.Synthetic;

/// <summary>
/// The proportions of a synthetic catalog, taken from the real one (about one developer per three models,
/// a few dozen licenses and footnotes) and the ids every reference resolves to. The developer registry stops
/// growing at 1,500 entries: one registry file may hold at most YamlTreeReader.MaxNodes (25,000) YAML nodes,
/// and a larger file would be refused whole, leaving every model with an unresolved developer.
/// </summary>
internal sealed class SyntheticShape(int modelCount)
{
    public static readonly string[] Architectures = ["Llama", "Mistral", "Qwen2", "MoE", "GPT-NeoX", "Transformer"];

    private static readonly int[] SizeSteps = [1, 3, 7, 8, 13, 14, 32, 70];

    public int DeveloperCount { get; } = Math.Clamp(modelCount / 3, 10, 1_500);

    public int LicenseCount { get; } = 37;

    public int DatasetCount { get; } = Math.Max(6, modelCount / 50);

    public int FootnoteCount { get; } = 27;

    public static string ModelId(int index) => Id("synthetic-lm", index, 5);

    public static string DeveloperId(int index) => Id("synthetic-lab", index, 5);

    public static string LicenseId(int index) => Id("synthetic-license", index, 2);

    public static string DatasetId(int index) => Id("synthetic-corpus", index, 4);

    public static string FootnoteId(int index) => Id("synthetic-note", index, 2);

    /// <summary>One to four sizes, so a model has two to eight variants (each size with an instruct release).</summary>
    public static int[] Sizes(int index) =>
        Enumerable.Range(0, 1 + (index % 4)).Select(step => SizeSteps[(index + step) % SizeSteps.Length]).Distinct().Order().ToArray();

    public string DeveloperOf(int modelIndex) => DeveloperId(modelIndex % DeveloperCount);

    public string LicenseOf(int modelIndex) => LicenseId(modelIndex * 7 % LicenseCount);

    public string DatasetOf(int modelIndex) => DatasetId(modelIndex % DatasetCount);

    public string FootnoteOf(int modelIndex) => FootnoteId(modelIndex / 10 % FootnoteCount);

    private static string Id(string prefix, int index, int digits) =>
        prefix + "-" + index.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
