using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Reads registry files (<c>kind: licenses</c> with a <c>licenses:</c> list, …). Each entry is read on
/// its own: a broken entry is skipped with its diagnostics and the rest of the registry still loads.
/// </summary>
internal static class RegistryReader
{
    public static IEnumerable<LocatedEntry> Read(string kind, MappingReader registry)
    {
        var entries = new List<LocatedEntry>();
        foreach (var mapping in registry.Mappings(kind, required: true))
        {
            var entry = kind switch
            {
                "developers" => ReadDeveloper(Nested(registry, mapping, RegistrySchemas.Developer)),
                "licenses" => ReadLicense(Nested(registry, mapping, RegistrySchemas.License)),
                "datasets" => ReadDataset(Nested(registry, mapping, RegistrySchemas.Dataset)),
                "footnotes" => ReadFootnote(Nested(registry, mapping, RegistrySchemas.Footnote)),
                "base_models" => ReadBaseModel(Nested(registry, mapping, RegistrySchemas.BaseModel)),
                "vocabulary" => ReadWord(Nested(registry, mapping, RegistrySchemas.Word)),
                _ => ReadSection(Nested(registry, mapping, RegistrySchemas.Section)),
            };
            if (entry is { } located)
            {
                entries.Add(located);
            }
        }

        registry.ReportUnknownKeys();
        return entries;
    }

    private static LocatedEntry? ReadDeveloper(MappingReader reader)
    {
        var id = reader.Id();
        var entry = new DeveloperEntry(id ?? "", reader.Path)
        {
            Name = reader.Text("name", required: true) ?? LocalizedText.Same(""),
            Individual = reader.Bool("individual") ?? false,
            Url = reader.String("url"),
        };
        return Finish(reader, id, entry);
    }

    private static LocatedEntry? ReadLicense(MappingReader reader)
    {
        var id = reader.Id();
        var entry = new LicenseEntry(id ?? "", reader.Path)
        {
            Name = reader.Text("name", required: true) ?? LocalizedText.Same(""),
            Spdx = reader.String("spdx"),
            Aliases = reader.Strings("aliases"),
            HuggingFaceLicense = reader.String("huggingface"),
            CommercialUse = reader.Enum("commercial_use", ClosedSets.CommercialUse, required: true) ?? CommercialUse.Unknown,
            Url = reader.String("url"),
            Derivatives = reader.Strings("derivatives", ClosedSets.DerivativeTerms),
            Links = TextLinkReader.Read(reader),
        };
        return Finish(reader, id, entry);
    }

    private static LocatedEntry? ReadBaseModel(MappingReader reader)
    {
        var id = reader.Id();
        var entry = new BaseModelEntry(id ?? "", reader.Path)
        {
            Name = reader.Text("name", required: true) ?? LocalizedText.Same(""),
            Developer = reader.String("developer"),
            Licenses = reader.References("licenses"),
            Parameters = reader.ParameterCounts("parameters"),
            HuggingFaceIds = reader.Strings("huggingface"),
            Url = reader.String("url"),
            Aliases = reader.Strings("aliases"),
            BaseModels = reader.References("base_models"),
        };
        return Finish(reader, id, entry);
    }

    private static LocatedEntry? ReadDataset(MappingReader reader)
    {
        var id = reader.Id();
        var entry = new DatasetEntry(id ?? "", reader.Path)
        {
            Name = reader.Text("name", required: true) ?? LocalizedText.Same(""),
            Aliases = reader.Strings("aliases"),
            Url = reader.String("url"),
            Languages = reader.Strings("languages"),
            License = reader.String("license"),
            GeneratedBy = reader.Strings("generated_by"),
            GeneratedBySource = reader.String("generated_by_source"),
        };
        return Finish(reader, id, entry);
    }

    private static LocatedEntry? ReadFootnote(MappingReader reader)
    {
        var id = reader.Id();
        var entry = new FootnoteEntry(id ?? "", reader.Path)
        {
            Text = reader.Text("text", required: true) ?? LocalizedText.Same(""),
            OpenAiTermsCaveat = reader.Bool("openai_terms_caveat") ?? false,
            ListPhrases = reader.Strings("list_phrases"),
            Links = TextLinkReader.Read(reader),
        };
        return Finish(reader, id, entry);
    }

    private static LocatedEntry? ReadWord(MappingReader reader)
    {
        var id = reader.OneOf("id", ClosedSets.Words, required: true);
        var entry = new WordEntry(id ?? "", reader.Path)
        {
            Text = reader.Text("text"),
            Aliases = reader.Strings("aliases"),
        };
        return Finish(reader, id, entry);
    }

    private static LocatedEntry? ReadSection(MappingReader reader)
    {
        var id = reader.SectionId("id", required: true);
        var entry = new SectionEntry(id ?? "", reader.Path)
        {
            Parent = reader.SectionId("parent", required: false),
            Level = reader.Int("level", required: true, minimum: 1, maximum: RegistrySchemas.MaxHeadingLevel) ?? 0,
            Anchor = reader.String("anchor"),
            Heading = reader.Text("heading", required: true) ?? LocalizedText.Same(""),
            Intro = reader.Text("intro"),
            RecordKind = reader.String("records"),
            Category = reader.Enum("category", ModelCategories.ByName),
            Columns = ReadColumns(reader),
            Ordering = reader.String("ordering"),
            VariantsIn = reader.String("variants_in"),
            LongContextFrom = reader.Int("long_context_from", minimum: 1),
            Outro = reader.Text("outro"),
            BaseRelation = reader.OneOf("base_relation", ClosedSets.BaseRelations),
        };
        return Finish(reader, id, entry);
    }

    private static EquatableArray<SectionColumn> ReadColumns(MappingReader reader)
    {
        var columns = new List<SectionColumn>();
        foreach (var mapping in reader.Mappings("columns"))
        {
            var column = reader.Nested(mapping, RegistrySchemas.Column.Name, RegistrySchemas.Column.Keys);
            var field = column.String("field", required: true);
            var header = column.Text("header") ?? LocalizedText.Same("");
            var alignment = column.String("align") ?? "center";
            var key = column.Id("key", required: field == SectionColumn.OtherField);
            if (key is not null && field is not null && field != SectionColumn.OtherField)
            {
                column.Report(CatalogRules.InvalidValue, column.SpanOf("key"), "key", key, $"only a column of field '{SectionColumn.OtherField}' has a key; the '{field}' column's cells are that field");
            }

            column.ReportUnknownKeys();
            reader.Absorb(column);
            if (field is not null)
            {
                columns.Add(new SectionColumn(field, header, alignment) { Key = field == SectionColumn.OtherField ? key : null });
            }
        }

        return columns.ToEquatableArray();
    }

    private static MappingReader Nested(MappingReader registry, YamlMapping mapping, SchemaObject entry) =>
        registry.Entry(mapping, entry.Name, entry.Keys);

    private static LocatedEntry? Finish(MappingReader reader, string? id, CatalogEntry entry)
    {
        reader.ReportUnknownKeys();
        return reader.Failed || id is null ? null : new LocatedEntry(entry, reader.Locations());
    }
}
