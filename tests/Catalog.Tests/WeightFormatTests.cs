using JapaneseLlm.Catalog.Authoring.Schema;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>Weight formats in the typed catalog: the runtime's enum and the schema's closed set, and what the catalog says.</summary>
public sealed class WeightFormatTests
{
    [Fact]
    public void The_runtime_enum_has_exactly_the_schemas_formats()
    {
        Assert.Equal(ClosedSets.WeightFormats, Enum.GetValues<WeightFormat>().Select(format => format.ToString().ToLowerInvariant()));
    }

    [Fact]
    public void Quantized_variants_are_typed_and_queryable()
    {
        var gguf = JapaneseLlmCatalog.Query().WithWeightFormat(WeightFormat.Gguf).ToList();
        Assert.NotEmpty(gguf);
        Assert.All(gguf, model => Assert.Contains(model.Variants, variant => variant.Format == WeightFormat.Gguf && variant.IsQuantized));
        var variants = JapaneseLlmCatalog.Models.SelectMany(model => model.Variants).ToList();
        var tanuki = variants.Single(variant => variant.HuggingFaceId == "team-hatakeyama-phase2/Tanuki-8B-dpo-v1.0-GPTQ-4bit");
        Assert.Equal((WeightFormat.Gptq, (int?)4), (tanuki.Format, tanuki.Bits));
        var youri = variants.Single(variant => variant.HuggingFaceId == "rinna/youri-7b-gptq");
        Assert.Equal((WeightFormat.Gptq, (int?)null, "rinna/youri-7b"), (youri.Format, youri.Bits, youri.QuantizedFrom));
    }

    [Fact]
    public void A_variant_is_quantized_from_a_full_precision_sibling_of_its_family()
    {
        var quantized = 0;
        foreach (var model in JapaneseLlmCatalog.Models)
        {
            foreach (var variant in model.Variants.Where(variant => variant.QuantizedFrom is not null))
            {
                quantized++;
                var origin = Assert.Single(model.Variants, sibling => sibling.HuggingFaceId == variant.QuantizedFrom);
                Assert.Equal(WeightFormat.Full, origin.Format);
                Assert.NotEqual(WeightFormat.Full, variant.Format);
            }
        }

        Assert.True(quantized > 0, "no variant names what it was quantized from");
    }
}
