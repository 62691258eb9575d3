using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Model;
using JapaneseLlm.Catalog.Model.Parsing;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>Emits a file of models: their <c>Models</c> members, their Hugging Face id constants and their factories.</summary>
internal static class ModelEmitter
{
    public static string Emit(RecordFileSpec<ModelSpec> file)
    {
        var writer = GeneratedFile.Begin(file.Records[0].Namespace);
        GeneratedFile.EachRecord(writer, "public static partial class Models", file.Records, EmitMember);
        writer.Line();
        GeneratedFile.EachRecord(writer, "public static partial class HuggingFaceIds", file.Records, EmitHuggingFaceIds);
        writer.Line();
        GeneratedFile.EachRecord(writer, "internal static partial class ModelTable", file.Records, EmitFactory);
        return GeneratedFile.End(writer);
    }

    private static void EmitMember(SourceWriter writer, ModelSpec spec)
    {
        writer.Doc("summary", Summary(spec));
        writer.Doc("remarks", Remarks(spec));
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.Line(UsageAttribute(spec));
        writer.Line($"public static global::JapaneseLlm.Catalog.Model {spec.Identifier} => ModelTable.Get({CSharpText.Literal(spec.Index)});");
    }

    /// <summary>The usage terms, as an attribute the consumer analyzers read at each reference.</summary>
    private static string UsageAttribute(ModelSpec spec)
    {
        var licenses = AllLicenses(spec);
        var mostRestrictive = CommercialUses.MostRestrictive(licenses.Select(license => license.CommercialUse));
        var names = string.Join(", ", licenses.Select(license => PlainText.FromMarkdown(license.License.DisplayName)));
        return $"[global::JapaneseLlm.Catalog.ModelUsage(global::JapaneseLlm.Catalog.CommercialUse.{mostRestrictive}, Licenses = {CSharpText.Literal(names)}, OpenAiTermsCaveat = {CSharpText.Literal(spec.HasOpenAiTermsCaveat)})]";
    }

    private static List<LicenseReferenceSpec> AllLicenses(ModelSpec spec) =>
        spec.Licenses.Concat(spec.Variants.SelectMany(variant => variant.Licenses)).Distinct().ToList();

    private static void EmitHuggingFaceIds(SourceWriter writer, ModelSpec spec)
    {
        writer.Doc("summary", $"Hugging Face repo ids of {PlainText.FromMarkdown(spec.Record.Name.Preferred(Language.En))} (Models.{spec.Identifier}).");
        writer.Line(GeneratedFile.GeneratedCodeAttribute);
        writer.OpenBlock($"public static class {spec.Identifier}");
        foreach (var variant in spec.Variants.Where(variant => variant.ConstantName is not null))
        {
            writer.Doc("summary", $"https://huggingface.co/{variant.Record.HuggingFaceId} ({PlainText.FromMarkdown(variant.Record.Label)}).");
            writer.Line($"public const string {variant.ConstantName} = {CSharpText.Literal(variant.Record.HuggingFaceId)};");
        }

        writer.CloseBlock();
    }

    private static void EmitFactory(SourceWriter writer, ModelSpec spec)
    {
        var record = spec.Record;
        writer.Line($"private static global::JapaneseLlm.Catalog.Model Create{spec.Identifier}() => new global::JapaneseLlm.Catalog.Model(");
        writer.Indent();
        writer.Line($"id: {CSharpText.Literal(record.Id)},");
        writer.Line($"name: {CSharpText.Text(record.Name)},");
        writer.Line($"url: {CSharpText.Literal(record.Url)},");
        writer.Line($"category: global::JapaneseLlm.Catalog.ModelCategory.{spec.Category},");
        writer.Line($"section: {CSharpText.Literal(record.Section)},");
        writer.Line($"year: {CSharpText.Literal(record.Year)},");
        writer.Line($"announced: {Date(record.Announced)},");
        writer.Line($"domain: {CSharpText.Text(record.Domain)},");
        writer.Line($"architecture: {CSharpText.Text(record.Architecture)},");
        writer.Line($"baseModel: {CSharpText.Text(record.BaseModel)},");
        writer.Line($"contextLengths: {Array("ContextLength", record.ContextLengths.Select(length => $"new global::JapaneseLlm.Catalog.ContextLength({CSharpText.Literal(length.Tokens)}, {CSharpText.Literal(length.AppliesTo)})"))},");
        writer.Line($"trainingData: {CSharpText.Text(record.TrainingData)},");
        writer.Line($"developers: {References("Developer", "DeveloperTable", spec.Developers)},");
        writer.Line($"licenses: {References("License", "LicenseTable", spec.Licenses.Select(license => license.License))},");
        writer.Line($"platform: {CSharpText.Text(record.Platform)},");
        writer.Line($"huggingFaceSupport: global::JapaneseLlm.Catalog.HuggingFaceSupport.{(record.HuggingFaceSupport?.ToString() ?? "Unknown")},");
        writer.Line($"variants: {Array("ModelVariant", spec.Variants.Select(Variant))},");
        writer.Line($"datasets: {References("Dataset", "DatasetTable", spec.Datasets)},");
        writer.Line($"footnotes: {Footnotes(spec.Footnotes)},");
        writer.Line($"parameters: {CSharpText.Literal(record.Parameters)},");
        writer.Line($"activeParameters: {CSharpText.Literal(record.ActiveParameters)},");
        writer.Line($"undisclosed: {Strings(record.Undisclosed)});");
        writer.Unindent();
    }

    private static string Variant(VariantSpec variant)
    {
        var record = variant.Record;
        return "new global::JapaneseLlm.Catalog.ModelVariant("
            + $"{CSharpText.Literal(record.Label)}, {CSharpText.Literal(record.HuggingFaceId)}, {CSharpText.Literal(record.Url)}, "
            + $"{CSharpText.Literal(record.Parameters)}, {CSharpText.Literal(record.ActiveParameters)}, "
            + $"{References("License", "LicenseTable", variant.Licenses.Select(license => license.License))})";
    }

    internal static string Strings(EquatableArray<string> values) =>
        values.Count == 0
            ? "global::System.Array.Empty<string>()"
            : $"new string[] {{ {string.Join(", ", values.Select(value => CSharpText.Literal(value)))} }}";

    internal static string Footnotes(EquatableArray<FootnoteAttachmentSpec> footnotes) =>
        Array("FootnoteAttachment", footnotes.Select(attachment =>
            $"new global::JapaneseLlm.Catalog.FootnoteAttachment({CSharpText.Literal(attachment.Field)}, FootnoteTable.Get({CSharpText.Literal(attachment.Footnote.Index)}))"));

    internal static string References(string type, string table, IEnumerable<ReferenceSpec> references) =>
        Array(type, references.Select(reference => $"{table}.Get({CSharpText.Literal(reference.Index)})"));

    internal static string Array(string type, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0
            ? $"global::System.Array.Empty<global::JapaneseLlm.Catalog.{type}>()"
            : $"new global::JapaneseLlm.Catalog.{type}[] {{ {string.Join(", ", list)} }}";
    }

    internal static string Date(string? date)
    {
        if (date is null)
        {
            return "null";
        }

        var parts = date.Split('-').Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToArray();
        return $"new global::System.DateTime({parts[0]}, {parts[1]}, {parts[2]})";
    }

    private static string Summary(ModelSpec spec)
    {
        var record = spec.Record;
        var developers = string.Join(", ", spec.Developers.Select(developer => developer.DisplayName));
        var summary = $"{PlainText.FromMarkdown(record.Name.Preferred(Language.En))} ({record.Year.ToString(CultureInfo.InvariantCulture)})";
        return developers.Length == 0 ? summary + "." : $"{summary}, by {PlainText.FromMarkdown(developers)}.";
    }

    private static string Remarks(ModelSpec spec)
    {
        var record = spec.Record;
        var lines = new List<string>();
        var architecture = PlainText.FromMarkdown(record.Architecture?.Preferred(Language.En));
        if (architecture.Length > 0)
        {
            lines.Add($"Architecture: {architecture}.");
        }

        var baseModel = PlainText.FromMarkdown(record.BaseModel?.Preferred(Language.En));
        if (baseModel.Length > 0)
        {
            lines.Add($"Base model: {baseModel}.");
        }

        var sizes = record.Variants.Select(variant => variant.Parameters).Append(record.Parameters)
            .Where(count => count is not null).Select(count => ParameterCount.Format(count!.Value)).Distinct().ToList();
        if (sizes.Count > 0)
        {
            lines.Add($"Sizes: {string.Join(", ", sizes)}.");
        }

        if (record.ContextLengths.Count > 0)
        {
            lines.Add($"Context length: {string.Join(", ", record.ContextLengths.Select(length => length.Tokens.ToString("N0", CultureInfo.InvariantCulture)))} tokens.");
        }

        var licenses = AllLicenses(spec);
        lines.Add(licenses.Count == 0
            ? "License: not recorded."
            : $"License: {string.Join("; ", licenses.Select(license => $"{PlainText.FromMarkdown(license.License.DisplayName)} (commercial use: {Describe(license.CommercialUse)})"))}.");
        if (spec.HasOpenAiTermsCaveat)
        {
            lines.Add("Caveat: tuned on data generated by OpenAI models; this may violate OpenAI's terms of use.");
        }

        lines.Add($"Catalog id: {record.Id}.");
        return string.Join("\n", lines);
    }

    private static string Describe(CommercialUse use) => use switch
    {
        CommercialUse.Allowed => "allowed",
        CommercialUse.NotAllowed => "not allowed",
        CommercialUse.Conditional => "conditional",
        _ => "unknown",
    };
}
