using System;
using System.Collections.Generic;
using System.IO;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JapaneseLlm.Catalog.Authoring.Yaml;

/// <summary>
/// Reads one catalog file into a <see cref="YamlNode"/> tree: through <see cref="BlockSubsetReader"/> when the
/// file keeps to the subset the catalog is written in, otherwise from YamlDotNet's event stream.
/// Never throws: every problem becomes a located diagnostic and the tree is <see langword="null"/>.
/// Aliases are refused (no alias bomb can expand), nesting is bounded (no stack overflow), and reading
/// stops at too deep a nesting, past <see cref="MaxNodes"/> nodes or after <see cref="MaxProblems"/> problems,
/// so that no file, however hostile, takes long to reject (issue 6).
/// </summary>
public sealed class YamlTreeReader
{
    public const int MaxDepth = 32;

    /// <summary>
    /// Seven times the largest real file (the sections registry, about 3,500 nodes). Reading on would let a
    /// file of a million tiny broken entries cost seconds of diagnostics in every build.
    /// </summary>
    public const int MaxNodes = 25_000;

    /// <summary>
    /// The file is rejected at the first problem anyway; past this many, more diagnostics (one per alias of
    /// an alias bomb) only slow the IDE down.
    /// </summary>
    public const int MaxProblems = 100;

    private const char ByteOrderMark = '\uFEFF';

    /// <summary>What a decoder puts where the bytes were not valid UTF-8.</summary>
    private const char ReplacementCharacter = '\uFFFD';

    private readonly string path;
    private readonly string text;
    private readonly List<CatalogDiagnostic> diagnostics;
    private Scanner? scanner;
    private IParser parser = null!;
    private int problems;
    private int nodes;

    // A leading byte order mark is skipped before YamlDotNet sees the text (it would otherwise start the
    // first key), so its positions are one character short on the first line.
    private readonly int skipped;

    private YamlTreeReader(string path, string text, List<CatalogDiagnostic> diagnostics)
    {
        this.path = path;
        this.text = text;
        this.diagnostics = diagnostics;
        skipped = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
    }

    public static YamlMapping? Read(string path, string text, List<CatalogDiagnostic> diagnostics) =>
        BlockSubsetReader.TryRead(text) ?? ReadWithYamlDotNet(path, text, diagnostics);

    /// <summary>The full reader: any YAML, and every problem reported. Files of the catalog's subset take the fast path above.</summary>
    internal static YamlMapping? ReadWithYamlDotNet(string path, string text, List<CatalogDiagnostic> diagnostics)
    {
        var reader = new YamlTreeReader(path, text, diagnostics);
        try
        {
            return reader.ReadText();
        }
        catch (StopReading)
        {
            return null;
        }
        catch (YamlException exception)
        {
            // Some errors (a tab used as indentation) come without a position; the scanner knows where it stopped.
            var span = exception.Start.Index == 0 && exception.End.Index == 0 ? reader.StoppedAt() : reader.ToSpan(exception.Start, exception.End);
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidYaml, path, span, Describe(exception)));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet reports a few malformed inputs this way (an unclosed '[' at the end of the file), without a message a user could act on.
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidYaml, path, reader.StoppedAt(), "The YAML cannot be read past this point: check the brackets, quotes and indentation before it"));
            return null;
        }
    }

    private YamlMapping? ReadText()
    {
        var replacement = text.IndexOf(ReplacementCharacter);
        if (replacement >= 0)
        {
            Report(
                CatalogRules.InvalidYaml,
                TextPosition.Span(text, replacement, 1),
                "The file is not valid UTF-8: bytes here were read as U+FFFD, the replacement character. Save the file as UTF-8 (write \"\\uFFFD\" in a double-quoted string if the character is meant)");
            return null;
        }

        var input = new StringReader(text);
        if (skipped > 0)
        {
            input.Read();
        }

        scanner = new Scanner(input, skipComments: true);
        parser = new Parser(scanner);
        return ReadDocument();
    }

    private YamlMapping? ReadDocument()
    {
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

        if (problems > 0 || root is null)
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
        if (++nodes > MaxNodes)
        {
            Report(CatalogRules.InvalidDocument, ToSpan(current.Start, current.End), $"More than {MaxNodes} YAML nodes: catalog files are far smaller, split this one");
            throw new StopReading();
        }

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
            // Stop rather than skip the rest: YamlDotNet's scanner slows down quadratically with flow
            // nesting depth, so skipping 100,000 '[' would take seconds.
            Report(CatalogRules.InvalidDocument, ToSpan(current.Start, current.End), $"Nesting deeper than {MaxDepth} levels: catalog records are shallow");
            throw new StopReading();
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
                Report(CatalogRules.DuplicateKey, scalarKey.Span, scalarKey.Value, firstLine);
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

    private void Report(CatalogRule rule, SourceSpan span, params object[] arguments)
    {
        if (problems == MaxProblems)
        {
            diagnostics.Add(CatalogDiagnostic.Create(CatalogRules.InvalidDocument, path, span, $"More than {MaxProblems} problems: reading stopped here. Fix the ones above first"));
            throw new StopReading();
        }

        problems++;
        diagnostics.Add(CatalogDiagnostic.Create(rule, path, span, arguments));
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 1) - (…): "; the location is reported separately.
        var message = exception.Message;
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        return separator >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(separator + 3) : message;
    }

    private SourceSpan StoppedAt() => scanner is null ? SourceSpan.FileStart : ToSpan(scanner.CurrentPosition, scanner.CurrentPosition);

    private SourceSpan ToSpan(Mark start, Mark end)
    {
        if (end.Index < start.Index)
        {
            // Roslyn refuses a span that ends before it starts (an AD0001 in the analyzer).
            end = start;
        }

        var offset = (int)start.Index + skipped;
        var endOffset = (int)end.Index + skipped;
        if (endOffset > text.Length)
        {
            // At the end of the text YamlDotNet's position can run one character past it, and Roslyn refuses a
            // location outside its file (AD0001): place the problem at the end instead (found by fuzzing).
            offset = Math.Min(offset, text.Length);
            return TextPosition.Span(text, offset, text.Length - offset);
        }

        return new SourceSpan(
            offset,
            endOffset - offset,
            (int)start.Line,
            (int)start.Column + (start.Line == 1 ? skipped : 0),
            (int)end.Line,
            (int)end.Column + (end.Line == 1 ? skipped : 0));
    }

    /// <summary>Unwinds the reader once the file is known to be rejected and reading on would cost more than it tells.</summary>
    private sealed class StopReading : Exception
    {
    }
}
