using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// JLLM0210 (info): a model whose largest size is below the list's threshold of about 110M (BERT base). The
/// threshold is for the model: one release's smaller sizes are listed with it, one row per release.
/// </summary>
public sealed class ParameterThresholdRule : ContentRule
{
    public const long Threshold = 110_000_000;

    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            (long Count, string Path, string Variant)? largest = model.Parameters is { } parameters ? (parameters, "parameters", "") : null;
            for (var index = 0; index < model.Variants.Count; index++)
            {
                var variant = model.Variants[index];
                if (variant.Parameters is { } count && (largest is null || count > largest.Value.Count))
                {
                    largest = (count, string.Format(CultureInfo.InvariantCulture, "variants[{0}].parameters", index), $" (largest: variant '{variant.Label}')");
                }
            }

            if (largest is { } found && found.Count < Threshold)
            {
                reporter.Report(CatalogRules.BelowParameterThreshold, model, reporter.Locate(model).ValueSpanOf(found.Path), model.Id, found.Variant, Format(found.Count));
            }
        }
    }

    private static string Format(long parameters) =>
        (parameters / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + "M";
}

/// <summary>
/// JLLM0218 (info): an encoder or embedding context length two above a power of two (514, 1026): RoBERTa's
/// max_position_embeddings, not the usable length the list writes.
/// </summary>
public sealed class PositionEmbeddingOffsetRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            if (context.CategoryOf(model.Section) is not (ModelCategory.Encoder or ModelCategory.Embedding))
            {
                continue;
            }

            for (var index = 0; index < model.ContextLengths.Count; index++)
            {
                var tokens = model.ContextLengths[index].Tokens;
                if (tokens >= 130 && IsPowerOfTwo(tokens - 2))
                {
                    // A single scalar has no [0].tokens; the span lookup then falls back to context_length itself.
                    var path = string.Format(CultureInfo.InvariantCulture, "context_length[{0}].tokens", index);
                    reporter.Report(CatalogRules.PositionEmbeddingOffset, model, reporter.Locate(model).ValueSpanOf(path), model.Id, tokens, tokens - 2);
                }
            }
        }
    }

    private static bool IsPowerOfTwo(int value) => value > 0 && (value & (value - 1)) == 0;
}
