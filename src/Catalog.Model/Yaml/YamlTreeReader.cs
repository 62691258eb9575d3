using System;
using System.Collections.Generic;
using System.IO;
using JapaneseLlm.Catalog.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JapaneseLlm.Catalog.Model.Yaml;

/// <summary>
/// Reads one catalog file into a <see cref="YamlNode"/> tree from YamlDotNet's event stream.
/// Never throws: every problem becomes a located diagnostic and the tree is <see langword="null"/>.
/// Aliases are refused (no alias bomb can expand) and nesting is bounded (no stack overflow).
/// </summary>
public sealed class YamlTreeReader
{
    public const int MaxDepth = 32;

    private readonly string path;
    private readonly List<CatalogDiagnostic> diagnostics;
    private IParser parser = null!;
    private bool failed;

    private YamlTreeReader(string path, List<CatalogDiagnostic> diagnostics)
    {
        this.path = path;
        this.diagnostics = diagnostics;
    }

    public static YamlMapping? Read(string path, string text, List<CatalogDiagnostic> diagnostics)
    {
        var reader = new YamlTreeReader(path, diagnostics);
        try
        {
            return reader.ReadDocument(text);
        }
        catch (YamlException exception)
        {
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidYaml, path, ToSpan(exception.Start, exception.End), Describe(exception)));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet reports a few malformed inputs this way rather than as YamlException.
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidYaml, path, SourceSpan.FileStart, exception.Message));
            return null;
        }
    }

    private YamlMapping? ReadDocument(string text)
    {
        parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            Report(CatalogRules.InvalidDocument, SourceSpan.FileStart, "The file is empty: a catalog file holds one mapping with a 'kind' key");
            return null;
        }

        var documentStart = parser.Consume<DocumentStart>();
        var root = ReadNode(depth: 0);
        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var second))
        {
            Report(CatalogRules.InvalidDocument, ToSpan(second.Start, second.End), "The file holds more than one YAML document: keep one record per file");
            return null;
        }

        if (failed || root is null)
        {
            return null;
        }

        if (root is YamlScalar { IsNull: true })
        {
            Report(CatalogRules.InvalidDocument, ToSpan(documentStart.Start, documentStart.End), "The file is empty: a catalog file holds one mapping with a 'kind' key");
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            Report(CatalogRules.InvalidDocument, root.Span, $"The document is {root.KindName}, not a mapping: a catalog file holds one mapping with a 'kind' key");
            return null;
        }

        return mapping;
    }

    private YamlNode? ReadNode(int depth)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream");
        if (current is AnchorAlias alias)
        {
            parser.MoveNext();
            Report(CatalogRules.UnsupportedYaml, ToSpan(alias.Start, alias.End), $"The alias '*{alias.Value}' is not supported: write the value out");
            return null;
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            Report(CatalogRules.UnsupportedYaml, ToSpan(anchored.Start, anchored.End), $"The anchor '&{anchored.Anchor}' is not supported: catalog files use no anchors or aliases");
        }

        if (current is NodeEvent { Tag.IsEmpty: false } tagged && !tagged.Tag.IsNonSpecific)
        {
            Report(CatalogRules.UnsupportedYaml, ToSpan(tagged.Start, tagged.End), $"The tag '{tagged.Tag}' is not supported: remove it");
        }

        if (depth > MaxDepth && current is not Scalar)
        {
            Report(CatalogRules.InvalidDocument, ToSpan(current.Start, current.End), $"Nesting deeper than {MaxDepth} levels: catalog records are shallow");
            SkipNode();
            return null;
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, ToSpan(scalar.Start, scalar.End));
            case SequenceStart start:
                return ReadSequence(start, depth);
            case MappingStart start:
                return ReadMapping(start, depth);
            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}");
        }
    }

    private YamlSequence ReadSequence(SequenceStart start, int depth)
    {
        parser.MoveNext();
        var items = new List<YamlNode>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var item = ReadNode(depth + 1);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return new YamlSequence(items, ToSpan(start.Start, start.End));
    }

    private YamlMapping ReadMapping(MappingStart start, int depth)
    {
        parser.MoveNext();
        var entries = new List<YamlEntry>();
        var firstLineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            if (key is not YamlScalar scalarKey)
            {
                if (key is not null)
                {
                    Report(CatalogRules.InvalidDocument, key.Span, $"A key is {key.KindName}: keys are plain names");
                }

                continue;
            }

            if (firstLineOfKey.TryGetValue(scalarKey.Value, out var firstLine))
            {
                diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.DuplicateKey, path, scalarKey.Span, scalarKey.Value, firstLine));
                failed = true;
                continue;
            }

            firstLineOfKey.Add(scalarKey.Value, scalarKey.Span.Line);
            if (value is not null)
            {
                entries.Add(new YamlEntry(scalarKey, value));
            }
        }

        return new YamlMapping(entries, ToSpan(start.Start, start.End));
    }

    private void SkipNode()
    {
        var depth = 0;
        do
        {
            var current = parser.Current!;
            depth += current.NestingIncrease;
            parser.MoveNext();
        }
        while (depth > 0);
    }

    private void Report(CatalogRule rule, SourceSpan span, string message)
    {
        failed = true;
        diagnostics.Add(CatalogDiagnostic.Create(rule, path, span, message));
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 1) - (…): "; the location is reported separately.
        var message = exception.Message;
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        return separator >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(separator + 3) : message;
    }

    internal static SourceSpan ToSpan(Mark start, Mark end)
    {
        var length = (int)Math.Max(0, end.Index - start.Index);
        return new SourceSpan((int)start.Index, length, (int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column);
    }
}
