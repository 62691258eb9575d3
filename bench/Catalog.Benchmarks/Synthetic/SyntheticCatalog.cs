using System.Globalization;
using System.Text;
using JapaneseLlm.Catalog.Performance.Infrastructure;

namespace JapaneseLlm.Catalog.Performance.Synthetic;

/// <summary>
/// A deterministic catalog of any size, shaped like the real one: one file per model (about 1 KB, one to
/// four variants, trilingual texts, references into every registry) and the five registries, scaled with the
/// record count. Everything is derived from the record's index, so the same size always gives the same bytes.
/// </summary>
internal static class SyntheticCatalog
{
    public const string Root = "/synthetic/catalog";

    public static IReadOnlyList<InMemoryAdditionalText> Create(int modelCount)
    {
        var shape = new SyntheticShape(modelCount);
        var files = new List<InMemoryAdditionalText>
        {
            File("registries/sections.yaml", SyntheticRegistries.Sections()),
            File("registries/developers.yaml", SyntheticRegistries.Developers(shape)),
            File("registries/licenses.yaml", SyntheticRegistries.Licenses(shape)),
            File("registries/datasets.yaml", SyntheticRegistries.Datasets(shape)),
            File("registries/footnotes.yaml", SyntheticRegistries.Footnotes(shape)),
        };
        for (var index = 0; index < modelCount; index++)
        {
            var section = SyntheticRegistries.ModelSections[index % SyntheticRegistries.ModelSections.Count];
            files.Add(File($"models/{section}/{SyntheticShape.ModelId(index)}.yaml", Model(index, section, shape)));
        }

        return files;
    }

    /// <summary>Writes the catalog under <paramref name="folder"/>, e.g. to build the library over it.</summary>
    public static void Write(int modelCount, string folder)
    {
        foreach (var file in Create(modelCount))
        {
            var path = Path.Combine(folder, Path.GetRelativePath(Root, file.Path));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, file.Text);
        }
    }

    private static InMemoryAdditionalText File(string relativePath, string text) => new($"{Root}/{relativePath}", text);

    private static string Model(int index, string section, SyntheticShape shape)
    {
        var id = SyntheticShape.ModelId(index);
        var developer = shape.DeveloperOf(index);
        var year = 2019 + (index % 7);
        var sizes = SyntheticShape.Sizes(index);
        var yaml = new StringBuilder()
            .Append("# yaml-language-server: $schema=../../../schema/model.schema.json\n")
            .Append("kind: model\n")
            .Append(CultureInfo.InvariantCulture, $"id: {id}\n")
            .Append(CultureInfo.InvariantCulture, $"section: {section}\n")
            .Append(CultureInfo.InvariantCulture, $"name: Synthetic LM {index:D5}\n")
            .Append(CultureInfo.InvariantCulture, $"url: https://example.org/{developer}/{id}\n")
            .Append(CultureInfo.InvariantCulture, $"year: {year}\n")
            .Append(CultureInfo.InvariantCulture, $"announced: {year}-{1 + (index % 12):D2}-{1 + (index % 28):D2}\n")
            .Append(CultureInfo.InvariantCulture, $"architecture: {SyntheticShape.Architectures[index % SyntheticShape.Architectures.Length]}\n");
        AppendContextLength(yaml, index, sizes);
        yaml.Append("training_data:\n")
            .Append(CultureInfo.InvariantCulture, $"  ja: \"事前学習: 合成コーパス {index % 40 + 1}件<br>(計 **{sizes[0] * 3}B** トークン)\"\n")
            .Append(CultureInfo.InvariantCulture, $"  en: \"Pre-training: {index % 40 + 1} synthetic corpora<br>(**{sizes[0] * 3}B** tokens)\"\n")
            .Append(CultureInfo.InvariantCulture, $"  fr: \"Pré-entraînement : {index % 40 + 1} corpus synthétiques<br>(**{sizes[0] * 3}B** tokens)\"\n")
            .Append(CultureInfo.InvariantCulture, $"developers:\n- {developer}\n")
            .Append(CultureInfo.InvariantCulture, $"licenses:\n- {shape.LicenseOf(index)}\n");
        if (index % 3 == 0)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"datasets:\n- {shape.DatasetOf(index)}\n");
        }

        if (index % 10 == 0)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"footnotes:\n  licenses:\n  - {shape.FootnoteOf(index)}\n");
        }

        yaml.Append("variants:\n");
        foreach (var size in sizes)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"- label: \"**{size}b**\"\n  hf: {developer}/{id}-{size}b\n  parameters: {size}B\n")
                .Append(CultureInfo.InvariantCulture, $"- label: \"**{size}b**-instruct\"\n  hf: {developer}/{id}-{size}b-instruct\n  parameters: {size}B\n");
        }

        return yaml.ToString();
    }

    private static void AppendContextLength(StringBuilder yaml, int index, int[] sizes)
    {
        if (sizes.Length == 1 || index % 2 == 0)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"context_length: {4096 << (index % 4)}\n");
            return;
        }

        yaml.Append("context_length:\n");
        foreach (var size in sizes)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"- applies_to: {size}b\n  tokens: {4096 << (size % 4)}\n");
        }
    }
}
