using System.Collections.Generic;
using JapaneseLlm.Catalog.Cli.Markdown;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>Which record field each column shows, known by the English header.</summary>
internal static class ColumnFields
{
    private static readonly Dictionary<string, string> ByHeader = new()
    {
        [""] = "name",
        ["release year"] = "year",
        ["architecture"] = "architecture",
        ["max context length"] = "context_length",
        ["max input length"] = "context_length",
        ["training data"] = "training_data",
        ["developer"] = "developers",
        ["license"] = "licenses",
        ["license / terms of use"] = "licenses",
        ["domain"] = "domain",
        ["base model"] = "base_model",
        ["original models (japanese llms in bold)"] = "base_model",
        ["platform"] = "platform",
        ["huggingface?"] = "huggingface_support",
        ["description"] = "description",
    };

    /// <summary>The papers tables have no header text; their columns are fixed.</summary>
    public static readonly IReadOnlyList<string> PaperFields = new[] { "name", "published", "venue", "title" };

    public static string? FieldFor(string englishHeader)
    {
        var key = InlineSyntax.PlainText(englishHeader).ToLowerInvariant();
        return ByHeader.TryGetValue(key, out var field) ? field : null;
    }
}
