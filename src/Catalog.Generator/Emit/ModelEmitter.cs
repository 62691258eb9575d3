using System.Collections.Generic;
using System.Globalization;
using System.Text;
using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>Emits a file of models: their <c>Models</c> members, their Hugging Face id constants and their factories.</summary>
internal static class ModelEmitter
{
    public static string Emit(RecordFileSpec<ModelSpec> file)
    {
        var writer = GeneratedFile.Begin(file.Records[0].Target, EstimatedLength(file.Records));
        GeneratedFile.EachRecord(writer, "public static partial class Models", file.Records, EmitMember);
        writer.Line();
        GeneratedFile.EachRecord(writer, "public static partial class HuggingFaceIds", file.Records, EmitHuggingFaceIds);
        writer.Line();
        GeneratedFile.EachRecord(writer, "internal static partial class ModelTable", file.Records, EmitFactory);
        return GeneratedFile.End(writer);
    }

    /// <summary>About what a model takes (fitted on the catalog and a synthetic one), so that the builder seldom grows.</summary>
    private static int EstimatedLength(EquatableArray<ModelSpec> models)
    {
        var length = 1024;
        foreach (var model in models)
        {
            length += 2400 + (350 * model.Variants.Count);
        }

        return length;
    }

    private static void EmitMember(SourceWriter writer, ModelSpec spec)
    {
        var licenses = AllLicenses(spec);
        writer.Doc("summary", Summary(writer.DocText(), spec));
        writer.Doc("remarks", Remarks(writer.DocText(), spec, licenses));
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        WriteUsageAttribute(writer, spec, licenses, spec.Record.Id);
        if (spec.Record.Withdrawn is { } withdrawn)
        {
            // A warning at each use, not a broken build: the member stays until consumers have moved on.
            var message = $"The model '{spec.Record.Id}' was withdrawn on {withdrawn}: {Authoring.Text.PlainText.FromMarkdown(spec.Record.WithdrawnReason ?? "no reason given")}";
            writer.StartLine().Append("[global::System.Obsolete(").Literal(message).EndLine(")]");
        }

        writer.StartLine().Append("public static __C.Model ").Append(spec.Identifier).Append(" => ").TableEntry("ModelTable", spec.Index).EndLine(";");
    }

    /// <summary>
    /// The usage terms, as an attribute the consumer analyzers read at each reference: of the model and its id on
    /// its <c>Models</c> member (so that <c>FindModel("id")</c> is checked too), of one variant on its Hugging Face constant.
    /// </summary>
    private static void WriteUsageAttribute(SourceWriter writer, ModelSpec spec, IReadOnlyList<LicenseReferenceSpec> licenses, string? modelId = null)
    {
        var uses = new List<CommercialUse>(licenses.Count);
        foreach (var license in licenses)
        {
            uses.Add(license.CommercialUse);
        }

        writer.StartLine().Append("[__C.ModelUsage(__C.CommercialUse.").Append(CommercialUses.MostRestrictive(uses).ToString()).Append(", Licenses = \"");
        for (var index = 0; index < licenses.Count; index++)
        {
            writer.Append(index > 0 ? ", " : string.Empty).LiteralContent(licenses[index].License.DisplayName);
        }

        writer.Append("\", OpenAiTermsCaveat = ").Literal(spec.HasOpenAiTermsCaveat);
        if (modelId is not null)
        {
            writer.Append(", Id = ").Literal(modelId);
        }

        writer.EndLine(")]");
    }

    /// <summary>The model's licenses and its variants', each once, in order, as the runtime's <c>Model.AllLicenses()</c>.</summary>
    private static List<LicenseReferenceSpec> AllLicenses(ModelSpec spec) =>
        FamilyAndVariants.Licenses(spec.Licenses, spec.Variants, static variant => variant.Licenses, static license => license.License.Id);

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    private static void EmitHuggingFaceIds(SourceWriter writer, ModelSpec spec)
    {
        var summary = writer.DocText().Append("Hugging Face repo ids of ").Append(PlainText.FromMarkdown(spec.Record.Name.Get(CatalogLanguage.English)))
            .Append(" (Models.").Append(spec.Identifier).Append(").");
        writer.Doc("summary", summary);
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock("public static class " + spec.Identifier);
        foreach (var variant in spec.Variants)
        {
            if (variant.ConstantName is null)
            {
                continue;
            }

            var constantSummary = writer.DocText().Append("https://huggingface.co/").Append(variant.Record.HuggingFaceId)
                .Append(" (").Append(PlainText.FromMarkdown(variant.Record.Label)).Append(").");
            writer.Doc("summary", constantSummary);
            WriteUsageAttribute(writer, spec, variant.Licenses.Count > 0 ? variant.Licenses : spec.Licenses);
            writer.StartLine().Append("public const string ").Append(variant.ConstantName).Append(" = ").Literal(variant.Record.HuggingFaceId).EndLine(";");
        }

        writer.CloseBlock();
    }

    private static void EmitFactory(SourceWriter writer, ModelSpec spec)
    {
        var record = spec.Record;
        writer.OpenFactory("Model", spec.Identifier);
        writer.Member("Id").Literal(record.Id).EndLine(",");
        writer.Member("Name").Name(record.Name).EndLine(",");
        writer.Optional("Url", record.Url);
        writer.OptionalLinks("Urls", record.LocalizedUrl);
        writer.Member("Category").Append("__C.ModelCategory.").Append(spec.Category.ToString()).EndLine(",");
        writer.Member("Section").Literal(record.Section).EndLine(",");
        if (record.Year is { } year)
        {
            writer.Member("Year").Integer(year).EndLine(",");
        }

        writer.OptionalDate("Announced", record.Announced);
        writer.OptionalDate("Withdrawn", record.Withdrawn);
        writer.OptionalText("WithdrawnReason", record.WithdrawnReason);
        writer.Optional("Domain", record.Domain);
        writer.Optional("Architecture", record.Architecture);
        writer.Optional("BaseModel", record.BaseModel);
        writer.Optional("BaseModels", spec.BaseModels, BaseModelEmitter.BaseLinks);
        writer.Optional("ContextLengths", record.ContextLengths, static (item, lengths) => item.Array("__C.ContextLength", lengths, WriteContextLength));
        writer.Optional("TrainingData", record.TrainingData);
        writer.Optional("Developers", spec.Developers, CatalogValues.Developers);
        writer.Optional("Licenses", spec.Licenses, CatalogValues.Licenses);
        writer.Optional("Platform", record.Platform);
        if (record.HuggingFaceSupport is { } support)
        {
            writer.Member("HuggingFaceSupport").Append("__C.HuggingFaceSupport.").Append(support.ToString()).EndLine(",");
        }

        writer.Optional("Variants", spec.Variants, static (item, variants) => item.Array("__C.ModelVariant", variants, WriteVariant));
        writer.Optional("Datasets", spec.Datasets, CatalogValues.Datasets);
        writer.Optional("TrainingStages", spec.TrainingStages, static (item, stages) => item.Array("__C.TrainingStage", stages, WriteTrainingStage));
        writer.Optional("Footnotes", spec.Footnotes, CatalogValues.Footnotes);
        writer.Optional("Parameters", record.Parameters);
        writer.Optional("ActiveParameters", record.ActiveParameters);
        writer.Optional("Undisclosed", record.Undisclosed, CatalogValues.Strings);
        writer.CloseInitializer();
    }

    private static void WriteContextLength(SourceWriter writer, ContextLength length) =>
        writer.NewRecord("ContextLength").Append(" { Tokens = ").Integer(length.Tokens).InlineOptionalText("AppliesTo", length.AppliesTo).Append(" })");

    /// <summary>
    /// <c>Stage = __C.TrainingStageKind.ContinualPretraining</c>: the runtime enum's member is the YAML spelling in Pascal
    /// case, and the parser has checked the spelling against the closed set.
    /// </summary>
    private static void WriteTrainingStage(SourceWriter writer, TrainingStageSpec stage)
    {
        var record = stage.Record;
        writer.NewRecord("TrainingStage").Append(" { Stage = __C.TrainingStageKind.").Append(PascalCase(record.Stage))
            .InlineOptional("Label", record.Label).InlineOptional("Datasets", stage.Datasets, CatalogValues.Datasets)
            .InlineOptional("Tokens", record.Tokens).InlineOptional("AppliesTo", record.AppliesTo).Append(" })");
    }

    private static string PascalCase(string kebab)
    {
        var text = new StringBuilder(kebab.Length);
        foreach (var part in kebab.Split('-'))
        {
            text.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }

        return text.ToString();
    }

    private static void WriteVariant(SourceWriter writer, VariantSpec variant)
    {
        var record = variant.Record;
        writer.NewRecord("ModelVariant").Append(" { Label = ").PlainLiteral(record.Label)
            .InlineOptional("Labels", record.LocalizedLabel)
            .InlineOptional("HuggingFaceId", record.HuggingFaceId).InlineOptional("Url", record.Url).InlineOptionalDate("Released", record.Released)
            .InlineFormat(record.Format).InlineOptional("Bits", record.Bits).InlineOptional("QuantizedFrom", record.QuantizedFrom)
            .InlineOptional("Parameters", record.Parameters).InlineOptional("ActiveParameters", record.ActiveParameters)
            .InlineOptional("Licenses", variant.Licenses, CatalogValues.Licenses).Append(" })");
    }

    /// <summary>
    /// <c>, Format = __C.WeightFormat.Gguf</c>: the runtime enum's member is the YAML spelling with a capital,
    /// and the parser has checked the spelling against the closed set. Nothing for full precision.
    /// </summary>
    private static SourceWriter InlineFormat(this SourceWriter writer, string? format) =>
        format is null or "full" ? writer : writer.InlineMember("Format").Append("__C.WeightFormat.").Append(char.ToUpperInvariant(format[0]) + format.Substring(1));

    private static StringBuilder Summary(StringBuilder text, ModelSpec spec)
    {
        var record = spec.Record;
        text.Append(PlainText.FromMarkdown(record.Name.Get(CatalogLanguage.English)));
        if (record.Year is { } year)
        {
            CSharpText.AppendInteger(text.Append(" ("), year).Append(')');
        }

        return AppendDevelopers(text, spec.Developers).Append('.');
    }

    /// <summary>", by A, B" in plain text, or nothing without developers.</summary>
    internal static StringBuilder AppendDevelopers(StringBuilder text, EquatableArray<ReferenceSpec> developers)
    {
        for (var index = 0; index < developers.Count; index++)
        {
            text.Append(index == 0 ? ", by " : ", ").Append(developers[index].DisplayName);
        }

        return text;
    }

    private static StringBuilder Remarks(StringBuilder text, ModelSpec spec, List<LicenseReferenceSpec> licenses)
    {
        var record = spec.Record;
        AppendLabelled(text, "Architecture: ", PlainText.FromMarkdown(record.Architecture?.Get(CatalogLanguage.English)));
        AppendLabelled(text, "Base model: ", PlainText.FromMarkdown(record.BaseModel?.Get(CatalogLanguage.English)));
        BaseModelEmitter.AppendLineage(text, spec.BaseModels, static link => link.ModelIndex >= 0 ? "Models." + Authoring.Naming.IdentifierNamer.ToIdentifier(link.Id) : link.BaseModelName ?? link.Id);
        AppendSizes(text, record);
        if (record.ContextLengths.Count > 0)
        {
            text.Append("Context length: ");
            for (var index = 0; index < record.ContextLengths.Count; index++)
            {
                text.Append(index > 0 ? ", " : string.Empty).Append(record.ContextLengths[index].Tokens.ToString("N0", CultureInfo.InvariantCulture));
            }

            text.Append(" tokens.\n");
        }

        AppendTraining(text, spec);
        text.Append("License: ");
        if (licenses.Count == 0)
        {
            text.Append("not recorded");
        }

        for (var index = 0; index < licenses.Count; index++)
        {
            text.Append(index > 0 ? "; " : string.Empty).Append(licenses[index].License.DisplayName)
                .Append(" (commercial use: ").Append(Describe(licenses[index].CommercialUse)).Append(')');
        }

        text.Append(".\n");
        if (spec.HasOpenAiTermsCaveat)
        {
            text.Append("Caveat: tuned on data generated by OpenAI models; this may violate OpenAI's terms of use.\n");
            AppendCaveatAddedFor(text, spec);
        }

        return text.Append("Catalog id: ").Append(record.Id).Append('.');
    }

    /// <summary>"The list's row has no such caveat; the catalog adds it for Alpaca." where the catalog, not the list, carries the caveat.</summary>
    private static void AppendCaveatAddedFor(StringBuilder text, ModelSpec spec)
    {
        var first = true;
        foreach (var dataset in spec.Datasets)
        {
            if (!IsCaveatAddedFor(spec.Record, dataset.Id))
            {
                continue;
            }

            text.Append(first ? "The list's row has no such caveat; the catalog adds it for " : ", ").Append(dataset.DisplayName);
            first = false;
        }

        if (!first)
        {
            text.Append(".\n");
        }
    }

    private static bool IsCaveatAddedFor(ModelRecord record, string datasetId)
    {
        foreach (var reference in record.CaveatAddedFor)
        {
            if (reference.Id == datasetId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Training: pretraining on Wikipedia, mC4 (1.5T tokens); instruction-tuning (NC) on Alpaca." from the stages that name data sets.</summary>
    private static void AppendTraining(StringBuilder text, ModelSpec spec)
    {
        var first = true;
        foreach (var stage in spec.TrainingStages)
        {
            if (stage.Datasets.Count == 0)
            {
                continue;
            }

            text.Append(first ? "Training: " : "; ").Append(stage.Record.Stage);
            first = false;
            if (stage.Record.AppliesTo is { } appliesTo)
            {
                text.Append(" (").Append(appliesTo).Append(')');
            }

            text.Append(" on ");
            for (var index = 0; index < stage.Datasets.Count; index++)
            {
                text.Append(index > 0 ? ", " : string.Empty).Append(stage.Datasets[index].DisplayName);
            }

            if (stage.Record.Tokens is { } tokens)
            {
                text.Append(" (").Append(tokens).Append(" tokens)");
            }
        }

        if (!first)
        {
            text.Append(".\n");
        }
    }

    private static void AppendLabelled(StringBuilder text, string label, string value)
    {
        if (value.Length > 0)
        {
            text.Append(label).Append(value).Append(".\n");
        }
    }

    /// <summary>"Sizes: 7B, 13B." from the variants' sizes and the model's, each once.</summary>
    private static void AppendSizes(StringBuilder text, ModelRecord record)
    {
        var sizes = new List<string>();
        foreach (var variant in record.Variants)
        {
            if (variant.Parameters is { } parameters)
            {
                AddOnce(sizes, ParameterCount.Format(parameters));
            }
        }

        if (record.Parameters is { } modelParameters)
        {
            AddOnce(sizes, ParameterCount.Format(modelParameters));
        }

        if (sizes.Count > 0)
        {
            text.Append("Sizes: ");
            for (var index = 0; index < sizes.Count; index++)
            {
                text.Append(index > 0 ? ", " : string.Empty).Append(sizes[index]);
            }

            text.Append(".\n");
        }
    }

    private static string Describe(CommercialUse use) => use switch
    {
        CommercialUse.Allowed => "allowed",
        CommercialUse.NotAllowed => "not allowed",
        CommercialUse.Conditional => "conditional",
        _ => "unknown",
    };
}
