
namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>
/// The list's marks: the glyphs of its cells' syntax, the same in every language. Its words (undisclosed, an
/// individual developer, …) are the catalog's vocabulary registry (<see cref="Authoring.Records.ListWords"/>).
/// </summary>
internal static class ListVocabulary
{
    /// <summary>The mark before the OpenAI-terms footnote in the license column.</summary>
    public const string CaveatMark = "(?)";

    public static readonly string[] SupportSymbols = { "◯", "△", "✕" };
}
