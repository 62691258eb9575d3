using System.Globalization;

namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>
/// A family's size as the list writes it next to the base model or architecture: billions in lower case,
/// the active parameters of a mixture of experts after <c>-A</c> in upper case (<c>30b-A3B</c>).
/// </summary>
internal static class ParameterText
{
    public static string Format(long parameters, long? active)
    {
        var text = Billions(parameters) + "b";
        return active is null ? text : text + "-A" + Billions(active.Value) + "B";
    }

    private static string Billions(long count) =>
        (count / 1e9m).ToString("0.###", CultureInfo.InvariantCulture);
}
