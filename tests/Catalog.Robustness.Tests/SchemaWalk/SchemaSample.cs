using System.Globalization;
using System.Text;
using System.Text.Json;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Robustness.SchemaWalk;

/// <summary>
/// A catalog written from the schema description alone: one file per kind, each giving every key its schema
/// lists (nested mappings too) a value no other key has, so that each value can be looked for in every stage's output.
/// Registry entries that the sample's references need are added beside it.
/// </summary>
internal sealed class SchemaSample
{
    /// <summary>Values the description's closed sets, patterns and cross-references fix; everything else is generated.</summary>
    private static readonly Dictionary<(string Owner, string Key), string> Fixed = new()
    {
        [("suppression", "rule")] = Json("JLLM0210"),
        [("section", "id")] = Json("samples/model"),
        [("section", "parent")] = Json("samples"),
        [("section", "level")] = "2",
        [("section", "records")] = Json("model"),
        [("section", "category")] = Json("text-generation"),
        [("section", "ordering")] = Json("year-desc"),
        [("column", "field")] = Json("other"),
        [("base-model-link", "model")] = Json("sample-base-model"),
    };

    private readonly Dictionary<string, StringBuilder> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> registryExtras = new(StringComparer.Ordinal);
    private readonly List<SampleValue> values = [];
    private int counter;

    private SchemaSample()
    {
    }

    /// <summary>The files, keyed by their path under the catalog folder.</summary>
    public IReadOnlyDictionary<string, string> Files { get; private set; } = new Dictionary<string, string>();

    /// <summary>Every key the sample gives a value, with the forms that value may take in an output.</summary>
    public IReadOnlyList<SampleValue> Values => values;

    public static SchemaSample Create()
    {
        var sample = new SchemaSample();
        foreach (var file in CatalogSchema.Files)
        {
            var text = new StringBuilder();
            sample.WriteMapping(text, file.Root, file.Kind, file.Kind, indent: "", inherited: default, root: null);
            sample.files[PathOf(file.Kind)] = text;
        }

        sample.AddReferencedEntries();
        sample.Files = sample.files.ToDictionary(file => file.Key, file => file.Value.ToString(), StringComparer.Ordinal);
        return sample;
    }

    private static string PathOf(string kind) => kind switch
    {
        "model" or "benchmark" or "paper" => $"{kind}s/sample.yaml",
        _ => $"registries/{kind}.yaml",
    };

    private void WriteMapping(StringBuilder text, SchemaObject mapping, string owner, string kind, string indent, (string? Runtime, string? Export) inherited, string? root)
    {
        var first = true;
        foreach (var property in mapping.Properties)
        {
            var topKey = root ?? property.Key;
            var exemptions = (Runtime: property.NotInRuntime ?? inherited.Runtime, Export: property.NotInExport ?? inherited.Export);
            text.Append(first && indent.Length > 0 ? indent[..^2] + "- " : indent).Append(property.Key).Append(": ");
            first = false;
            if (property.Shape == ValueShape.ObjectList && property.Items is { } items)
            {
                text.Append('\n');
                WriteMapping(text, items, items.Name.Replace(' ', '-'), kind, indent + "  ", exemptions, topKey);
                continue;
            }

            var valueCount = values.Count;
            text.Append(Value(property, owner, kind)).Append('\n');
            for (var i = valueCount; i < values.Count; i++)
            {
                values[i] = values[i] with
                {
                    Kind = kind,
                    Root = topKey,
                    NotInRuntime = exemptions.Runtime,
                    NotInExport = exemptions.Export,
                };
            }
        }
    }

    private string Value(SchemaProperty property, string owner, string kind)
    {
        var n = ++counter;
        var tag = $"{owner}-{property.Key.Replace('_', '-')}";
        if (Fixed.TryGetValue((owner, property.Key), out var fixedValue))
        {
            values.Add(new SampleValue(owner, property, [Normal(JsonSerializer.Deserialize<JsonElement>(fixedValue).ToString())]));
            return fixedValue;
        }

        if ((owner, property.Key) == ("base-model", "parameters"))
        {
            // A list of sizes: written as text, typed and exported as numbers.
            values.Add(new SampleValue(owner, property, [Normal($"{n}.25B"), ((long)((n + 0.25m) * 1_000_000_000m)).ToString(CultureInfo.InvariantCulture)]));
            return $"[\"{n}.25B\"]";
        }

        switch (property.Shape)
        {
            case ValueShape.Kind:
                return kind;
            case ValueShape.Id:
                return Record(owner, property, $"sample-{owner}");
            case ValueShape.SectionId:
                return Record(owner, property, $"samples/{owner}");
            case ValueShape.Text when property.Values is { Count: > 0 } closed:
                return Record(owner, property, closed[^1]);
            case ValueShape.Text:
                return Record(owner, property, property.Key switch
                {
                    "hf" => $"sample-org/{tag}",
                    _ when property.Link => $"https://example.org/{tag}",
                    _ => $"t-{tag}",
                });
            case ValueShape.LocalizedText:
                var perLanguage = CatalogSchema.LanguageKeys.ToDictionary(
                    language => language,
                    language => property.Key == "url" ? $"https://example.org/{language}/{tag}" : $"{language}-{tag}");
                values.Add(new SampleValue(owner, property, [.. perLanguage.Values.Select(Normal)]) { EveryForm = true });
                return "{" + string.Join(", ", perLanguage.Select(pair => $"{pair.Key}: {Json(pair.Value)}")) + "}";
            case ValueShape.Integer:
                var number = property.Minimum >= 1900 ? 2021 : Math.Min(property.Maximum ?? int.MaxValue, 1_000 + (37 * n));
                values.Add(new SampleValue(owner, property, [number.ToString(CultureInfo.InvariantCulture)]));
                return number.ToString(CultureInfo.InvariantCulture);
            case ValueShape.IntegerOrObjectList:
                var tokens = 10_000 + (37 * n);
                values.Add(new SampleValue(owner, property, [tokens.ToString(CultureInfo.InvariantCulture)]));
                return tokens.ToString(CultureInfo.InvariantCulture);
            case ValueShape.Boolean:
                values.Add(new SampleValue(owner, property, [], Flag: Normal(property.Key)));
                return "true";
            case ValueShape.Date:
                var date = $"2021-03-{n % 28 + 1:00}";
                values.Add(new SampleValue(owner, property, [Normal(date)]));
                return date;
            case ValueShape.ParameterCount:
                // The family's own size must be the largest, as the export's parameters is the family's largest size.
                var billions = owner == "model" ? $"{n + 500}.25" : $"{n}.25";
                values.Add(new SampleValue(owner, property, [Normal(billions + "B"), ((long)(decimal.Parse(billions, CultureInfo.InvariantCulture) * 1_000_000_000m)).ToString(CultureInfo.InvariantCulture)]));
                return billions + "B";
            case ValueShape.TextList when property.Values is { Count: > 0 } closed:
                return "[" + Record(owner, property, closed[^1]) + "]";
            case ValueShape.TextList:
                return "[" + Record(owner, property, $"t-{tag}") + "]";
            case ValueShape.IdList:
                return "[" + Reference(owner, property, property.References!, $"ref-{tag}") + "]";
            case ValueShape.FootnoteMap:
                var field = property.Values is { Count: > 0 } fields ? fields[0] : "name";
                return "{" + field + ": " + Reference(owner, property, property.References!, $"ref-{tag}") + "}";
            default:
                throw new NotSupportedException($"No sample value for the shape {property.Shape} of '{property.Key}': teach SchemaSample the new shape.");
        }
    }

    private string Record(string owner, SchemaProperty property, string value)
    {
        values.Add(new SampleValue(owner, property, [Normal(value)]));
        return Json(value);
    }

    private string Reference(string owner, SchemaProperty property, string registry, string id)
    {
        if (!registryExtras.TryGetValue(registry, out var ids))
        {
            registryExtras[registry] = ids = [];
        }

        ids.Add(id);
        values.Add(new SampleValue(owner, property, [Normal(id)]));
        return Json(id);
    }

    /// <summary>The entries the sample refers to, and the sections its records are listed in.</summary>
    private void AddReferencedEntries()
    {
        foreach (var (registry, ids) in registryExtras)
        {
            var entry = CatalogSchema.Files.Single(file => file.Kind == registry).Root.Properties.Single(property => property.Key == registry).Items!;
            var text = files[PathOf(registry)];
            foreach (var id in ids)
            {
                text.Append($"- id: {id}\n");
                foreach (var required in entry.Properties.Where(property => property.Required && property.Key != "id"))
                {
                    text.Append($"  {required.Key}: {(required.Values is { Count: > 0 } closed ? closed[0] : id)}\n");
                }
            }
        }

        files[PathOf("sections")].Append(
            "- id: samples\n  level: 1\n  heading: Samples\n"
            + Section("benchmark", "name") + Section("paper", "name"));
    }

    private static string Section(string kind, string column) =>
        $"- id: samples/{kind}\n  parent: samples\n  level: 2\n  heading: {kind}\n  records: {kind}\n  columns:\n  - field: {column}\n";

    private static string Json(string value) => JsonSerializer.Serialize(value);

    /// <summary>How values are compared across outputs: case and punctuation aside (enum names, snake_case, URLs).</summary>
    public static string Normal(string value) =>
        new(value.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}

/// <summary>One key's sample value: where it was written and the forms (normalised) it may take in an output.</summary>
internal sealed record SampleValue(string Owner, SchemaProperty Property, IReadOnlyList<string> Forms, string? Flag = null)
{
    /// <summary>Every form must be found (one per language), not just one of them (a size as text or as a number).</summary>
    public bool EveryForm { get; init; }

    /// <summary>The kind of file the value is written in (<c>model</c>, <c>licenses</c>, …).</summary>
    public string Kind { get; init; } = "";

    /// <summary>The top-level key of the file's mapping the value sits under: the key itself, or the list holding its mapping.</summary>
    public string Root { get; init; } = "";

    /// <summary>The description's reason why this key, or the list it sits in, is not in the typed catalog.</summary>
    public string? NotInRuntime { get; init; }

    /// <summary>The description's reason why this key, or the list it sits in, is not exported.</summary>
    public string? NotInExport { get; init; }

    public override string ToString() => $"{Owner}.{Property.Key}";
}
