using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;
using ScottPlot;

namespace JapaneseLlm.Catalog.Cli.Charts;

/// <summary>Each category's legend label and colour (the Tableau 10 palette, distinguishable for most colour vision).</summary>
internal static class CategoryStyle
{
    public static readonly IReadOnlyList<(ModelCategory Category, string Label, Color Color)> All = new[]
    {
        (ModelCategory.TextGeneration, "Text generation", Color.FromHex("#4E79A7")),
        (ModelCategory.VisionLanguage, "Vision-language", Color.FromHex("#F28E2B")),
        (ModelCategory.Encoder, "Encoder", Color.FromHex("#59A14F")),
        (ModelCategory.Embedding, "Embedding", Color.FromHex("#B07AA1")),
        (ModelCategory.Speech, "Speech", Color.FromHex("#E15759")),
        (ModelCategory.Music, "Music", Color.FromHex("#9C755F")),
    };
}
