using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>Completion, hover, definition and references over one workspace, from the schema description and the registries.</summary>
internal sealed class LanguageFeatures(CatalogWorkspace workspace)
{
    private static readonly Regex KindLine = new(@"^kind:\s*(?<kind>[A-Za-z]+)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public CompletionList Complete(CatalogDocument document, Position position)
    {
        if (position.Line >= document.Lines.Count)
        {
            return new CompletionList(false, []);
        }

        // A character past the line's end means its end (the protocol's rule), where the completion's edit then ends.
        position = position with { Character = System.Math.Min(position.Character, document.Lines[position.Line].Length) };
        var context = CursorContext.At(document.Lines, position.Line, position.Character);
        if (context is null)
        {
            return new CompletionList(false, []);
        }

        var range = new LspRange(new Position(position.Line, context.WordStart), position);
        if (context is { ValueOf: "kind", Path.Count: 0 })
        {
            return new CompletionList(false, CatalogParser.Kinds.Select(kind => Value(kind, SchemaFiles.Find(kind)?.Title, range)).ToList());
        }

        if (KindOf(document) is not { } file)
        {
            return new CompletionList(false, context.ValueOf is null && context.Path.Count == 0 ? [Key("kind", "The kind of catalog file.", range)] : []);
        }

        var path = context.ValueOf is null ? context.Path : context.Path.Append(context.ValueOf).ToList();
        var target = SchemaFiles.Resolve(file, path);
        if (target is null)
        {
            return new CompletionList(false, []);
        }

        if (context.ValueOf is null || (target.Property is { Items: not null } && target.Property.References is null))
        {
            return new CompletionList(false, target.Keys().Where(key => !context.WrittenKeys.Contains(key.Key)).Select(key => Key(key.Key, key.Description, range)).ToList());
        }

        if (target.Property?.References is { } registry)
        {
            return new CompletionList(false, workspace.Entries(registry).Select(entry => new CompletionItem(
                entry.Id,
                18,
                EntryDescriptions.Summary(entry),
                MarkupContent.Markdown(EntryDescriptions.Markdown(entry)),
                new TextEdit(range, entry.Id))).ToList());
        }

        return new CompletionList(false, (target.Property?.Values ?? []).Select(value => Value(value, null, range)).ToList());
    }

    public Hover? Hover(CatalogDocument document, Position position)
    {
        var offset = document.Lines.OffsetOf(position);
        if (document.Occurrences.FirstOrDefault(occurrence => occurrence.Contains(offset)) is { } occurrence)
        {
            var entry = workspace.FindEntry(occurrence.Registry, occurrence.Id);
            var text = entry is null ? $"`{occurrence.Id}` is not in the {occurrence.Registry} registry." : EntryDescriptions.Markdown(entry);
            return new Hover(MarkupContent.Markdown(text), TextLines.RangeOf(occurrence.Span));
        }

        if (position.Line < document.Lines.Count
            && CursorContext.KeyAt(document.Lines, position.Line, position.Character) is { } key
            && KindOf(document) is { } file
            && SchemaFiles.Resolve(file, key.Path.Append(key.Key).ToList()) is { Property: { } property })
        {
            var range = new LspRange(new Position(position.Line, key.Start), new Position(position.Line, key.Start + key.Key.Length));
            return new Hover(MarkupContent.Markdown($"**{property.Key}**{(property.Required ? " (required)" : "")}\n\n{property.Description}"), range);
        }

        return null;
    }

    public IReadOnlyList<LspLocation> Definition(CatalogDocument document, Position position) =>
        OccurrenceAt(document, position) is { } occurrence
            ? workspace.Occurrences(occurrence.Registry, occurrence.Id).Where(found => found.Occurrence.IsDefinition).Select(Location).ToList()
            : [];

    public IReadOnlyList<LspLocation> References(CatalogDocument document, Position position, bool includeDeclaration) =>
        OccurrenceAt(document, position) is { } occurrence
            ? workspace.Occurrences(occurrence.Registry, occurrence.Id).Where(found => includeDeclaration || !found.Occurrence.IsDefinition).Select(Location).ToList()
            : [];

    private static IdOccurrence? OccurrenceAt(CatalogDocument document, Position position)
    {
        var offset = document.Lines.OffsetOf(position);
        return document.Occurrences.FirstOrDefault(occurrence => occurrence.Contains(offset));
    }

    private static LspLocation Location((CatalogDocument Document, IdOccurrence Occurrence) found) =>
        new(LanguageServerUris.FromPath(found.Document.Path), TextLines.RangeOf(found.Occurrence.Span));

    /// <summary>The file's schema by its <c>kind:</c> line, which is read even where the rest is not valid YAML yet.</summary>
    private static SchemaFile? KindOf(CatalogDocument document) =>
        KindLine.Match(document.Text) is { Success: true } match ? SchemaFiles.Find(match.Groups["kind"].Value) : null;

    private static CompletionItem Key(string key, string description, LspRange range) =>
        new(key, 10, null, MarkupContent.Markdown(description), new TextEdit(range, key + ": "));

    private static CompletionItem Value(string value, string? detail, LspRange range) =>
        new(value, 12, detail, null, new TextEdit(range, value));
}
