using System.Text;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;

namespace JapaneseLlm.Catalog.Fuzz;

/// <summary>
/// What must hold for any bytes handed to the YAML front end. A violation throws, which the fuzzer records as
/// a crash: the parser throwing at all, its safety net catching a bug ("could not be read"), a diagnostic the
/// compiler could not place, a flood of diagnostics, or two parses of the same text that disagree.
/// </summary>
internal static class ParserOracle
{
    private const string Path = "/fuzz/input.yaml";

    /// <summary>The message of CatalogParser's last-resort catch: seen only when a parser bug threw.</summary>
    private const string SafetyNetMessage = "The file could not be read (";

    public static void Check(byte[] bytes)
    {
        // Decoded as Roslyn decodes an additional file: a byte order mark picks the encoding, else UTF-8 with U+FFFD.
        var text = Decode(bytes);
        var parsed = CatalogParser.Parse(Path, text);
        foreach (var diagnostic in parsed.Diagnostics)
        {
            CheckPlaced(diagnostic, text);
            if (diagnostic.RuleId == CatalogRules.InvalidDocument.Id && diagnostic.Message.StartsWith(SafetyNetMessage, StringComparison.Ordinal))
            {
                throw new FuzzFinding($"the parser threw and its safety net caught it: {diagnostic.Message}");
            }
        }

        if (parsed.Diagnostics.Count > CatalogParser.MaxDiagnostics + 1)
        {
            throw new FuzzFinding($"{parsed.Diagnostics.Count} diagnostics for one file");
        }

        if (!parsed.Equals(CatalogParser.Parse(Path, text)))
        {
            throw new FuzzFinding("two parses of the same text differ");
        }

        CatalogValidator.Validate([parsed]);
    }

    private static void CheckPlaced(CatalogDiagnostic diagnostic, string text)
    {
        var span = diagnostic.Span;
        var placed = span.Line >= 1 && span.Column >= 1
            && (span.EndLine > span.Line || (span.EndLine == span.Line && span.EndColumn >= span.Column))
            && span.Offset >= 0 && span.Length >= 0 && span.Offset + span.Length <= text.Length;
        if (!placed)
        {
            throw new FuzzFinding($"{diagnostic.RuleId} has a span the compiler cannot place: {span} offset {span.Offset} length {span.Length}, end ({span.EndLine},{span.EndColumn}), text length {text.Length}");
        }
    }

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}

/// <summary>A broken invariant of the YAML front end.</summary>
internal sealed class FuzzFinding(string message) : Exception(message);
