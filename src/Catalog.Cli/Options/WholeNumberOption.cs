using System.CommandLine;
using System.Globalization;

namespace JapaneseLlm.Catalog.Cli.Options;

/// <summary>
/// An option that takes a whole number, with an error that names the option and the value. System.CommandLine's own
/// says "Cannot parse argument 'abc' for option '--year' as expected type 'System.Nullable`1[System.Int32]'".
/// </summary>
internal static class WholeNumberOption
{
    public static Option<int?> Create(string name, string description, string example) =>
        new(name)
        {
            Description = description,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "" : result.Tokens[result.Tokens.Count - 1].Value;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                result.AddError($"{name} {text}: write a whole number, such as {example}");
                return null;
            },
        };
}
