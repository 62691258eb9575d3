using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Schema;

/// <summary>Writes docs/schema.md: every kind of catalog file, key by key, from the same description as the JSON Schemas.</summary>
internal static class SchemaDocsEmitter
{
    public static string Emit(IReadOnlyList<SchemaFile> files, IReadOnlyList<SchemaExample> examples)
    {
        var text = new StringBuilder();
        text.Append(SchemaDocsProse.Introduction);
        text.Append("## Kinds of file\n\n| kind | where | schema |\n| --- | --- | --- |\n");
        foreach (var file in files)
        {
            text.Append(CultureInfo.InvariantCulture, $"| [{file.Kind}](#{file.Kind}) | {SchemaDocsProse.Location(file.Kind)} | [{file.FileName}](../catalog/schema/{file.FileName}) |\n");
        }

        text.Append('\n');
        foreach (var file in files)
        {
            AppendKind(text, file, examples.Single(example => example.Kind == file.Kind));
        }

        text.Append(SchemaDocsProse.Differences);
        return text.ToString();
    }

    private static void AppendKind(StringBuilder text, SchemaFile file, SchemaExample example)
    {
        text.Append(CultureInfo.InvariantCulture, $"## {file.Kind}\n\n{file.Root.Description} {SchemaDocsProse.Location(file.Kind)}.\n\n");
        var nested = new List<(string Key, SchemaObject Mapping)>();
        AppendTable(text, file.Root, nested);
        for (var i = 0; i < nested.Count; i++)
        {
            var (key, mapping) = nested[i];
            text.Append(CultureInfo.InvariantCulture, $"**{mapping.Name}** (each item of `{key}`): {mapping.Description}\n\n");
            AppendTable(text, mapping, nested);
        }

        text.Append(CultureInfo.InvariantCulture, $"Example (`{example.Path}`):\n\n```yaml\n{example.Yaml}\n```\n\n");
    }

    private static void AppendTable(StringBuilder text, SchemaObject mapping, List<(string Key, SchemaObject Mapping)> nested)
    {
        text.Append("| key | value | required | meaning |\n| --- | --- | --- | --- |\n");
        var displayTexts = mapping.Properties.Where(property => property.DisplayTextOf is not null).ToList();
        foreach (var property in mapping.Properties.Except(displayTexts))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{property.Key}` | {Describe(property)} | {(property.Required ? "yes" : property.RequiredWith is { } other ? $"with `{other}`" : "")} | {Cell(property.Description + Derivation(property) + Reach(property))} |\n");
            if (property.Items is { } items && nested.All(entry => entry.Mapping != items))
            {
                nested.Add((property.Key, items));
            }
        }

        if (displayTexts.Count > 0)
        {
            // One row for the family of <field>_text keys: they differ only in the field they write out.
            var fields = string.Join(", ", displayTexts.Select(property => $"`{property.DisplayTextOf}`"));
            text.Append(CultureInfo.InvariantCulture, $"| `<field>_text` | {Describe(displayTexts[0])} |  | A cell as the list writes it, for the languages where the structured fields cannot reproduce it (rare; the import report counts them). Fields: {fields}. |\n");
        }

        text.Append('\n');
    }

    /// <summary>What sync does with a structure the importer reads out of a cell.</summary>
    private static string Derivation(SchemaProperty property) => property.DerivedFrom is { } cell
        ? $" Read from `{cell}` by the importer: sync replaces it only when the list's `{cell}` changes, so a correction made here stays until then."
        : "";

    /// <summary>Where a key stops: the outputs that leave it out, with the description's reason.</summary>
    private static string Reach(SchemaProperty property) => (property.NotInRuntime, property.NotInExport) switch
    {
        (null, null) => "",
        ({ } runtime, { } export) when runtime == export => $" Not in the typed catalog or the exports: {runtime}.",
        ({ } runtime, null) => $" Not in the typed catalog: {runtime}.",
        (null, { } export) => $" Not in the exports: {export}.",
        ({ } runtime, { } export) => $" Not in the typed catalog: {runtime}. Not in the exports: {export}.",
    };

    private static string Describe(SchemaProperty property)
    {
        var values = property.Values is null ? "" : string.Join(", ", property.Values.Select(value => $"`{value}`"));
        return property.Shape switch
        {
            ValueShape.Kind => $"`{property.Values![0]}`",
            ValueShape.Text when property.Values is not null => "one of " + values,
            ValueShape.Text when property.Link => "URL",
            ValueShape.Text => property.Pattern is null ? "text" : $"text matching `{Cell(property.Pattern)}`",
            ValueShape.LocalizedText => "text, or `ja`/`en`/`fr` texts",
            ValueShape.Integer => (property.Minimum, property.Maximum) switch
            {
                ({ } minimum, { } maximum) => $"whole number from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}",
                ({ } minimum, null) => $"whole number ≥ {minimum.ToString(CultureInfo.InvariantCulture)}",
                _ => "whole number",
            },
            ValueShape.Boolean => "`true` or `false`",
            ValueShape.Date => "date, `yyyy-MM-dd`",
            ValueShape.Id => "id",
            ValueShape.SectionId => "section id",
            ValueShape.IdList => "id, or list of ids",
            ValueShape.TextList when property.Values is not null => "one or a list of " + values,
            ValueShape.TextList => "text, or list of texts",
            ValueShape.ParameterCount => "parameter count (`7B`, `1.8B`, `310M`)",
            ValueShape.ObjectList => $"list of **{property.Items!.Name}**",
            ValueShape.IntegerOrObjectList => $"whole number, or list of **{property.Items!.Name}**",
            ValueShape.FootnoteMap => $"mapping of field ({values}) to footnote id(s)",
            _ => throw new ArgumentOutOfRangeException(nameof(property), property.Shape, "no wording for this shape"),
        };
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
