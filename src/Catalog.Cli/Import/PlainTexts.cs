using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Markdown;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Turns the list's markup in a record's texts into plain text and structure (<see cref="ListText"/>): a line break
/// becomes a line feed, a link an entry of the record's <c>links</c> (with the text it is in), a bold variant size the
/// variant's <c>size</c>, a bold amount in the training data its stage's <c>amounts</c>. Bold that no structure holds is
/// not kept: the render comparison then keeps the cell as text, and the fidelity test counts it. Cells of columns the
/// catalog has no field for stay as the list writes them: they are the list's text until a field makes them facts.
/// </summary>
internal static class PlainTexts
{
    public static ModelRecord Apply(ModelRecord model)
    {
        var links = new LinkCollector(model.Links);
        // What the training data shows in bold in any language, each as often as the language that bolds it most.
        var trainingBold = new List<string>();
        var plain = model with
        {
            Name = links.Plain("name", model.Name)!,
            Domain = links.Plain("domain", model.Domain),
            Architecture = links.Plain("architecture", model.Architecture),
            BaseModel = links.Plain("base_model", model.BaseModel),
            TrainingData = links.Plain("training_data", model.TrainingData, trainingBold),
            Platform = links.Plain("platform", model.Platform),
            Variants = model.Variants.Select(PlainLabel).ToEquatableArray(),
        };
        return plain with { Links = links.All, Training = WithAmounts(model.Training, trainingBold) };
    }

    public static BenchmarkRecord Apply(BenchmarkRecord benchmark)
    {
        var links = new LinkCollector(benchmark.Links);
        var plain = benchmark with
        {
            Name = links.Plain("name", benchmark.Name)!,
            Description = links.Plain("description", benchmark.Description),
        };
        return plain with { Links = links.All };
    }

    /// <summary>The cells kept as the list writes them (<c>&lt;field&gt;_text</c>), read like every text; the record's other texts are plain already.</summary>
    public static ModelRecord WithDisplayTexts(ModelRecord model, IEnumerable<FieldText> written)
    {
        var links = new LinkCollector(model.Links);
        var texts = written.Select(text => text with { Text = links.Plain(text.Field + "_text", text.Text)! }).ToEquatableArray();
        return model with { DisplayTexts = texts, Links = links.All };
    }

    /// <inheritdoc cref="WithDisplayTexts(ModelRecord, IEnumerable{FieldText})"/>
    public static BenchmarkRecord WithDisplayTexts(BenchmarkRecord benchmark, IEnumerable<FieldText> written)
    {
        var links = new LinkCollector(benchmark.Links);
        var texts = written.Select(text => text with { Text = links.Plain(text.Field + "_text", text.Text)! }).ToEquatableArray();
        return benchmark with { DisplayTexts = texts, Links = links.All };
    }

    /// <summary>A registry entry's text (a license's name, a footnote's text) as plain text, and the entry's links with those it makes.</summary>
    public static (LocalizedText Text, EquatableArray<TextLink> Links) WithLinks(string field, LocalizedText text, EquatableArray<TextLink> links)
    {
        var collector = new LinkCollector(links);
        var plain = collector.Plain(field, text)!;
        return (plain, collector.All);
    }

    private static VariantRecord PlainLabel(VariantRecord variant)
    {
        var label = ListText.Read(variant.Label);
        var localized = variant.LocalizedLabel is { } texts ? new LinkCollector(EquatableArray<TextLink>.Empty).Plain("label", texts) : null;
        return variant with { Label = label.Plain, LocalizedLabel = localized, Size = variant.Size ?? label.Bold.FirstOrDefault() };
    }

    /// <summary>The bold amounts of the training data go to the stage that names tokens (else the first; else a stage of their own).</summary>
    private static EquatableArray<TrainingStage> WithAmounts(EquatableArray<TrainingStage> training, IReadOnlyList<string> bold)
    {
        if (bold.Count == 0)
        {
            return training;
        }

        if (training.IsEmpty)
        {
            return new[] { new TrainingStage("unspecified") { Amounts = bold.ToEquatableArray() } }.ToEquatableArray();
        }

        var target = training.Select((stage, index) => (stage, index)).FirstOrDefault(pair => pair.stage.Tokens is not null).index;
        return training.Select((stage, index) => index == target ? stage with { Amounts = bold.ToEquatableArray() } : stage).ToEquatableArray();
    }

    /// <summary>Adds each item of <paramref name="found"/> until <paramref name="kept"/> holds it as often as <paramref name="found"/> does.</summary>
    private static void KeepMost<T>(List<T> kept, IEnumerable<T> found)
    {
        foreach (var group in found.GroupBy(item => item))
        {
            kept.AddRange(Enumerable.Repeat(group.Key, System.Math.Max(0, group.Count() - kept.Count(item => EqualityComparer<T>.Default.Equals(item, group.Key)))));
        }
    }

    private sealed class LinkCollector
    {
        private readonly List<TextLink> links;

        public LinkCollector(EquatableArray<TextLink> existing) => links = existing.ToList();

        public EquatableArray<TextLink> All => links.ToEquatableArray();

        public LocalizedText? Plain(string field, LocalizedText? text, List<string>? bold = null)
        {
            if (text is null)
            {
                return null;
            }

            string? Read(string? markdown)
            {
                if (markdown is null)
                {
                    return null;
                }

                var read = ListText.Read(markdown);
                // A phrase linked twice in one text is kept twice, so both occurrences are linked again.
                KeepMost(links, read.Links.Select(link => new TextLink(field, link.Text, link.Url)));

                if (bold is not null)
                {
                    KeepMost(bold, read.Bold);
                }

                return read.Plain;
            }

            return new LocalizedText(Read(text.Japanese), Read(text.English), Read(text.French));
        }
    }
}
