using System.Collections;
using System.Reflection;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>Every string a compiled record exposes, through its properties, lists and localized texts.</summary>
internal static class RuntimeStrings
{
    private const int MaxDepth = 4;

    public static List<string> Of(object record)
    {
        var strings = new List<string>();
        Collect(record, strings, MaxDepth);
        return strings;
    }

    private static void Collect(object? value, List<string> strings, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                strings.Add(text);
                return;
            case IEnumerable items when depth > 0:
                foreach (var item in items)
                {
                    Collect(item, strings, depth - 1);
                }

                return;
        }

        var type = value.GetType();
        if (depth == 0 || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Collect(property.GetValue(value), strings, depth - 1);
            }
        }
    }
}
