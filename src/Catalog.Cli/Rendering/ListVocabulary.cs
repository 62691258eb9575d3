using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Rendering;

/// <summary>The fixed words the list uses in each language for values that are not names.</summary>
internal static class ListVocabulary
{
    /// <summary>What the list writes for training data the developer has not disclosed.</summary>
    public static readonly LocalizedText Undisclosed = new("不明", "Undisclosed", "Non divulgué");

    /// <summary>What the list writes in the license column when no license is stated (full-width in every language but one row).</summary>
    public static readonly LocalizedText UnknownLicense = LocalizedText.Same("？");

    /// <summary>The word before the names of individual developers: <c>個人 (name)</c>.</summary>
    public static readonly LocalizedText Individual = new("個人", "Individual", "Individuel");

    /// <summary>The mark before the OpenAI-terms footnote in the license column.</summary>
    public const string CaveatMark = "(?)";

    public static readonly string[] SupportSymbols = { "◯", "△", "✕" };
}
