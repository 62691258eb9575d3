using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

internal static class ModelRecordReader
{
    public static readonly string[] Keys = ModelSchema.Record.Keys;

    /// <summary>The fields a <c>&lt;field&gt;_text</c> key may override.</summary>
    public static readonly string[] DisplayFields = ModelSchema.DisplayFields;

    public static ModelRecord? Read(MappingReader reader)
    {
        var id = reader.Id();
        var url = LocalizedStringReader.Read(reader, "url");
        reader.Locate("section", reader.SpanOf("section"));
        var record = new ModelRecord(id ?? "", reader.Path)
        {
            Section = reader.String("section", required: true) ?? "",
            Name = reader.Text("name", required: true) ?? LocalizedText.Same(""),
            Url = url.Value,
            LocalizedUrl = url.PerLanguage,
            Year = reader.Int("year", minimum: 1900),
            Announced = reader.Date("announced"),
            Withdrawn = reader.Date("withdrawn"),
            WithdrawnReason = reader.String("withdrawn_reason", required: reader.Find("withdrawn") is not null),
            Domain = reader.Text("domain"),
            Architecture = reader.Text("architecture"),
            BaseModel = reader.Text("base_model"),
            BaseModels = ReadBaseModels(reader),
            ContextLengths = ReadContextLengths(reader),
            TrainingData = reader.Text("training_data"),
            Developers = reader.References("developers"),
            Licenses = reader.References("licenses"),
            Platform = reader.Text("platform"),
            HuggingFaceSupport = reader.Enum("huggingface_support", ClosedSets.HuggingFaceSupport),
            Variants = ReadVariants(reader),
            Datasets = reader.References("datasets"),
            Training = ReadTraining(reader),
            CaveatAddedFor = reader.References("caveat_added_for"),
            Footnotes = FootnoteReader.Read(reader, ModelSchema.Record.ValuesOf("footnotes")),
            Parameters = reader.ParameterCountValue("parameters"),
            ActiveParameters = reader.ParameterCountValue("active_parameters"),
            Undisclosed = reader.Strings("undisclosed", ModelSchema.Record.ValuesOf("undisclosed")),
            Order = reader.Int("order"),
            Suppressions = SuppressionReader.Read(reader),
            DisplayTexts = DisplayTextReader.Read(reader, DisplayFields),
            OtherColumns = OtherColumnReader.Read(reader),
            Links = TextLinkReader.Read(reader),
        };
        reader.ReportUnknownKeys();
        return id is null ? null : record with { IsIncomplete = reader.Failed };
    }

    private static EquatableArray<VariantRecord> ReadVariants(MappingReader reader)
    {
        var variants = new List<VariantRecord>();
        foreach (var mapping in reader.Mappings("variants"))
        {
            var variantReader = reader.NestedItem(mapping, "variants", variants.Count, ModelSchema.Variant.Name, ModelSchema.Variant.Keys);
            var label = LocalizedStringReader.Read(variantReader, "label", required: true);
            reader.Locate("variants", mapping.Span);
            var variant = new VariantRecord(label.Value ?? "")
            {
                LocalizedLabel = label.PerLanguage,
                HuggingFaceId = variantReader.String("hf"),
                Url = variantReader.String("url"),
                Parameters = variantReader.ParameterCountValue("parameters"),
                ActiveParameters = variantReader.ParameterCountValue("active_parameters"),
                Format = variantReader.OneOf("format", ClosedSets.WeightFormats),
                Bits = variantReader.Int("bits", minimum: 1, maximum: 32),
                QuantizedFrom = variantReader.String("quantized_from"),
                Size = variantReader.String("size"),
                Licenses = variantReader.References("licenses"),
            };
            variantReader.ReportUnknownKeys();
            reader.Absorb(variantReader);
            variants.Add(variant);
        }

        return variants.ToEquatableArray();
    }

    private static EquatableArray<BaseModelLink> ReadBaseModels(MappingReader reader)
    {
        var links = new List<BaseModelLink>();
        foreach (var mapping in reader.Mappings("base_models"))
        {
            var linkReader = reader.NestedItem(mapping, "base_models", links.Count, ModelSchema.BaseModelLink.Name, ModelSchema.BaseModelLink.Keys);
            var model = linkReader.Id("model");
            var relation = linkReader.String("relation", required: true) is null ? null : linkReader.OneOf("relation", ClosedSets.BaseRelations);
            linkReader.ReportUnknownKeys();
            reader.Absorb(linkReader);
            reader.Locate("base_models", mapping.Span);
            links.Add(new BaseModelLink(model ?? "", relation ?? ""));
        }

        return links.ToEquatableArray();
    }

    private static EquatableArray<TrainingStage> ReadTraining(MappingReader reader)
    {
        var stages = new List<TrainingStage>();
        foreach (var mapping in reader.Mappings("training"))
        {
            var itemReader = reader.Nested(mapping, ModelSchema.TrainingStageItem.Name, ModelSchema.TrainingStageItem.Keys);
            var stage = itemReader.OneOf("stage", ClosedSets.TrainingStages, required: true);
            var entry = new TrainingStage(stage ?? "")
            {
                Label = itemReader.String("label"),
                Datasets = itemReader.References("datasets"),
                Tokens = itemReader.String("tokens"),
                Amounts = itemReader.Strings("amounts"),
                AppliesTo = itemReader.String("applies_to"),
            };
            itemReader.ReportUnknownKeys();
            reader.Absorb(itemReader);
            if (stage is not null)
            {
                reader.Locate("training", mapping.Span);
                stages.Add(entry);
            }
        }

        return stages.ToEquatableArray();
    }

    private static EquatableArray<ContextLength> ReadContextLengths(MappingReader reader)
    {
        var node = reader.Node("context_length", required: false);
        if (node is null)
        {
            return EquatableArray<ContextLength>.Empty;
        }

        if (node is YamlScalar)
        {
            var tokens = reader.AsInt("context_length", node, minimum: 1);
            if (tokens is null)
            {
                return EquatableArray<ContextLength>.Empty;
            }

            reader.Locate("context_length", node.Span);
            return new EquatableArray<ContextLength>(new[] { new ContextLength(tokens.Value, null) });
        }

        var lengths = new List<ContextLength>();
        foreach (var mapping in reader.Mappings("context_length"))
        {
            var itemReader = reader.Nested(mapping, ModelSchema.ContextLengthItem.Name, ModelSchema.ContextLengthItem.Keys);
            var tokens = itemReader.Int("tokens", required: true, minimum: 1);
            var appliesTo = itemReader.String("applies_to");
            itemReader.ReportUnknownKeys();
            reader.Absorb(itemReader);
            if (tokens is not null)
            {
                reader.Locate("context_length", mapping.Span);
                lengths.Add(new ContextLength(tokens.Value, appliesTo));
            }
        }

        return lengths.ToEquatableArray();
    }
}
