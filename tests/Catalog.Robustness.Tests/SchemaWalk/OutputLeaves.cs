using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace JapaneseLlm.Catalog.Robustness.SchemaWalk;

/// <summary>
/// Every value an output holds, normalised as <see cref="SchemaSample.Normal"/> does: strings, numbers, enum
/// names and dates as values, and each true flag as <c>name=true</c> (a flag's value alone says nothing).
/// </summary>
internal static class OutputLeaves
{
    private const int MaxDepth = 8;

    public static HashSet<string> Of(IEnumerable<object> roots)
    {
        var leaves = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            Collect(root, name: "", leaves, MaxDepth);
        }

        return leaves;
    }

    public static HashSet<string> Of(JsonElement json)
    {
        var leaves = new HashSet<string>(StringComparer.Ordinal);
        Collect(json, name: "", leaves);
        return leaves;
    }

    /// <summary>Whether <paramref name="value"/> reached an output whose values are <paramref name="leaves"/>.</summary>
    public static bool Holds(HashSet<string> leaves, SampleValue value) =>
        value.Flag is { } flag
            ? leaves.Any(leaf => leaf.EndsWith("=true", StringComparison.Ordinal) && leaf.Contains(flag, StringComparison.Ordinal))
            : value.EveryForm ? value.Forms.All(leaves.Contains) : value.Forms.Any(leaves.Contains);

    private static void Collect(object? value, string name, HashSet<string> leaves, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                leaves.Add(SchemaSample.Normal(text));
                return;
            case bool flag:
                if (flag)
                {
                    leaves.Add(SchemaSample.Normal(name) + "=true");
                }

                return;
            case Enum:
                leaves.Add(SchemaSample.Normal(value.ToString()!));
                return;
            case DateTime date:
                leaves.Add(SchemaSample.Normal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                return;
            case DateOnly date:
                leaves.Add(SchemaSample.Normal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                return;
            case IConvertible number when value.GetType().IsPrimitive || value is decimal:
                leaves.Add(number.ToString(CultureInfo.InvariantCulture));
                return;
            case IEnumerable items when depth > 0:
                foreach (var item in items)
                {
                    Collect(item, name, leaves, depth - 1);
                }

                return;
        }

        var type = value.GetType();
        if (depth == 0 || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || type.Name is "SourceSpan" or "FieldLocations")
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Collect(property.GetValue(value), property.Name, leaves, depth - 1);
            }
        }
    }

    private static void Collect(JsonElement json, string name, HashSet<string> leaves)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                leaves.Add(SchemaSample.Normal(json.GetString()!));
                break;
            case JsonValueKind.Number:
                leaves.Add(json.GetRawText());
                break;
            case JsonValueKind.True:
                leaves.Add(SchemaSample.Normal(name) + "=true");
                break;
            case JsonValueKind.Array:
                foreach (var item in json.EnumerateArray())
                {
                    Collect(item, name, leaves);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in json.EnumerateObject())
                {
                    Collect(property.Value, property.Name, leaves);
                }

                break;
        }
    }
}
