using System;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// The one parser of catalog files, used by the generator, the analyzers and jllm. Reads a file's
/// text into entries and diagnostics; never throws and never reads the file system.
/// </summary>
public static class CatalogParser
{
    /// <summary>
    /// Files above this many characters are refused before parsing. The largest real file (the sections
    /// registry) has about 50,000; the bound keeps a hostile file's parse well under a second (issue 6).
    /// </summary>
    public const int MaxFileLength = 1024 * 1024;

    /// <summary>Problems listed per file; one more diagnostic counts the rest, so a hostile file cannot flood the IDE.</summary>
    public const int MaxDiagnostics = 200;

    public static readonly IReadOnlyList<string> Kinds = new[]
    {
        "model", "benchmark", "paper", "developers", "licenses", "datasets", "footnotes", "sections", "base_models", "vocabulary",
    };

    public static ParsedFile Parse(string path, string text)
    {
        var diagnostics = new List<CatalogDiagnostic>();
        var entries = new List<LocatedEntry>();
        try
        {
            ParseInto(path, text, entries, diagnostics);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A parser bug must surface as a located diagnostic, not as CS8785/AD0001 in the compiler.
            entries.Clear();
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidDocument, path, SourceSpan.FileStart, $"The file could not be read ({exception.GetType().Name}: {exception.Message})"));
        }

        diagnostics.Sort(CompareDiagnostics);
        LimitDiagnostics(path, diagnostics);
        var parsed = new CatalogEntry[entries.Count];
        var locations = new EntryLocations[entries.Count];
        for (var index = 0; index < parsed.Length; index++)
        {
            (parsed[index], locations[index]) = (entries[index].Entry, entries[index].Locations);
        }

        return new ParsedFile(path, new EquatableArray<CatalogEntry>(parsed), diagnostics.ToEquatableArray(), new EquatableArray<EntryLocations>(locations));
    }

    private static void ParseInto(string path, string text, List<LocatedEntry> entries, List<CatalogDiagnostic> diagnostics)
    {
        if (text.Length > MaxFileLength)
        {
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidDocument, path, SourceSpan.FileStart, $"The file has {text.Length} characters, more than the {MaxFileLength} a catalog file may have: split it"));
            return;
        }

        var root = YamlTreeReader.Read(path, text, diagnostics);
        if (root is null)
        {
            return;
        }

        ReadEntries(path, text, root, entries, diagnostics);
        EntryLimits.RemoveOverlong(entries, diagnostics);
    }

    private static void ReadEntries(string path, string text, YamlMapping root, List<LocatedEntry> entries, List<CatalogDiagnostic> diagnostics)
    {
        var kindEntry = FindKind(root);
        if (kindEntry is null)
        {
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.MissingKey, path, root.Span, "Record", "(file)", "kind"));
            return;
        }

        if (kindEntry.Value is not YamlScalar kind)
        {
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.WrongValueType, path, kindEntry.Value.Span, "kind", "a text value", kindEntry.Value.KindName));
            return;
        }

        switch (kind.Value)
        {
            case "model":
                ReadRecord(entries, new MappingReader(root, "model", path, text, diagnostics, ModelSchema.Record.Keys), ModelSchema.Record, new ModelRecord("", path));
                break;
            case "benchmark":
                ReadRecord(entries, new MappingReader(root, "benchmark", path, text, diagnostics, BenchmarkSchema.Record.Keys), BenchmarkSchema.Record, new BenchmarkRecord("", path));
                break;
            case "paper":
                ReadRecord(entries, new MappingReader(root, "paper", path, text, diagnostics, PaperSchema.Record.Keys), PaperSchema.Record, new PaperRecord("", path));
                break;
            case "developers" or "licenses" or "datasets" or "footnotes" or "sections" or "base_models" or "vocabulary":
                entries.AddRange(RegistryReader.Read(kind.Value, new MappingReader(root, $"{kind.Value} registry", path, text, diagnostics, "kind", kind.Value)));
                break;
            default:
                var suggestion = KeySuggester.Suggest(kind.Value, Kinds);
                diagnostics.Add(CatalogDiagnostic.Create(
                    CatalogRules.InvalidValue,
                    path,
                    kind.Span,
                    "kind",
                    kind.Value,
                    suggestion is null ? $"use one of {string.Join(", ", Kinds)}" : $"did you mean '{suggestion}'?"));
                break;
        }
    }

    private static void LimitDiagnostics(string path, List<CatalogDiagnostic> diagnostics)
    {
        if (diagnostics.Count <= MaxDiagnostics)
        {
            return;
        }

        var firstUnlisted = diagnostics[MaxDiagnostics].Span;
        var unlisted = diagnostics.Count - MaxDiagnostics;
        diagnostics.RemoveRange(MaxDiagnostics, unlisted);
        diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidDocument, path, firstUnlisted, $"{unlisted} more problems from here on are not listed: fix the ones above first"));
    }

    private static YamlEntry? FindKind(YamlMapping root)
    {
        for (var index = 0; index < root.Entries.Count; index++)
        {
            if (root.Entries[index].Key.Value == "kind")
            {
                return root.Entries[index];
            }
        }

        return null;
    }

    private static void ReadRecord(List<LocatedEntry> entries, MappingReader reader, SchemaObject schema, CatalogEntry empty)
    {
        if (SchemaReader.ReadEntry(reader, schema, empty) is { } entry)
        {
            entries.Add(new LocatedEntry(entry, reader.Locations()));
        }
    }

    private static int CompareDiagnostics(CatalogDiagnostic left, CatalogDiagnostic right)
    {
        var byOffset = left.Span.Offset.CompareTo(right.Span.Offset);
        return byOffset != 0 ? byOffset : string.CompareOrdinal(left.RuleId + left.Message, right.RuleId + right.Message);
    }
}
