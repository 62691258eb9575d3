using System.Globalization;
using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Performance.Infrastructure;

/// <summary>
/// The edit a maintainer makes while typing in an entry: one digit of a model's <c>year:</c> changes. The
/// text keeps its length, so only that record's facts change — what an IDE keystroke hands the generator.
/// </summary>
internal static partial class YamlKeystroke
{
    public static bool IsModelFile(InMemoryAdditionalText file) => ModelKind().IsMatch(file.Text);

    /// <summary>The model file in the middle of the catalog (by path), so neither end of any table is favoured.</summary>
    public static InMemoryAdditionalText PickModelFile(IReadOnlyList<InMemoryAdditionalText> files)
    {
        var models = files.Where(IsModelFile).ToList();
        return models.Count > 0 ? models[models.Count / 2] : throw new InvalidOperationException("The catalog holds no model file to edit.");
    }

    public static string Type(string yaml)
    {
        var year = Year().Match(yaml);
        if (!year.Success)
        {
            throw new InvalidOperationException("The model file has no top-level 'year:' to edit.");
        }

        var typed = (int.Parse(year.Groups["value"].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        return string.Concat(yaml.AsSpan(0, year.Groups["value"].Index), typed, yaml.AsSpan(year.Groups["value"].Index + year.Groups["value"].Length));
    }

    [GeneratedRegex(@"^kind:\s*model\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ModelKind();

    [GeneratedRegex(@"^year:\s*(?<value>\d{4})\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
