using System.Globalization;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using Basic.Reference.Assemblies;
using JapaneseLlm.Catalog.Generator.Emit;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// The escapers judged by the compiler itself over all of Unicode: every code point (noncharacters, controls,
/// private use and unassigned included) and every lone surrogate code unit, as doc text compiled with a
/// documentation file and warnings as errors, and as literals compiled, loaded and read back. A parse alone
/// misses what only writing the XML documentation file checks (CS1570 on U+FFFE).
/// </summary>
public sealed class CompilerEscapingTests
{
    /// <summary>Code points per generated member: small enough to name the culprit, large enough to compile fast.</summary>
    private const int ChunkSize = 64;

    [Fact]
    public void Doc_text_of_every_code_point_compiles_into_a_documentation_file_without_a_warning()
    {
        var chunks = AllOfUnicode();
        var source = new StringBuilder("/// <summary>Holds the members.</summary>\npublic static class Holder\n{\n");
        for (var index = 0; index < chunks.Count; index++)
        {
            CSharpText.AppendDoc(source, 4, "summary", chunks[index]);
            source.Append("    public const int M").Append(index.ToString(CultureInfo.InvariantCulture)).Append(" = 0;\n");
        }

        source.Append("}\n");
        var (emitted, documentation) = Compile(source.ToString());

        Assert.True(emitted.Success, Describe(emitted.Diagnostics));
        Assert.Empty(emitted.Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).Select(diagnostic => diagnostic.ToString()));

        // Nothing a reader can see is lost: every letter, digit, punctuation and symbol is in the tooltip as written.
        var summaries = XDocument.Parse(documentation).Descendants("member")
            .Where(member => ((string)member.Attribute("name")!).StartsWith("F:Holder.M", StringComparison.Ordinal))
            .ToDictionary(member => int.Parse(((string)member.Attribute("name")!)["F:Holder.M".Length..], CultureInfo.InvariantCulture), member => member.Element("summary")!.Value);
        Assert.Equal(chunks.Count, summaries.Count);
        for (var index = 0; index < chunks.Count; index++)
        {
            foreach (var visible in Visible(chunks[index]))
            {
                Assert.True(summaries[index].Contains(visible, StringComparison.Ordinal), $"U+{char.ConvertToUtf32(visible, 0):X4} is missing from the documentation");
            }
        }
    }

    [Fact]
    public void A_literal_of_every_code_point_compiles_and_reads_back_as_the_same_string()
    {
        var chunks = AllOfUnicode();
        var source = new StringBuilder("public static class Holder\n{\n");
        for (var index = 0; index < chunks.Count; index++)
        {
            source.Append("    public const string M").Append(index.ToString(CultureInfo.InvariantCulture)).Append(" = ");
            CSharpText.AppendLiteral(source, chunks[index]).Append(";\n");
        }

        source.Append("}\n");
        var compilation = Compilation(source.ToString(), DocumentationMode.None);
        var assembly = GeneratorHarness.Load(compilation);
        var holder = assembly.GetType("Holder", throwOnError: true)!;
        for (var index = 0; index < chunks.Count; index++)
        {
            var value = (string)holder.GetField("M" + index.ToString(CultureInfo.InvariantCulture), BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
            Assert.True(chunks[index] == value, $"chunk {index} (from U+{char.ConvertToUtf32(chunks[index], 0):X4}) reads back differently");
        }
    }

    /// <summary>
    /// Every code point in chunks of <see cref="ChunkSize"/>, with a few separators between them so that a line
    /// of text is more than one character; then each lone surrogate code unit between letters.
    /// </summary>
    private static List<string> AllOfUnicode()
    {
        var chunks = new List<string>();
        var chunk = new StringBuilder();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            chunk.Append(char.ConvertFromUtf32(codePoint)).Append(codePoint % 8 == 7 ? " " : string.Empty);
            if (codePoint % ChunkSize == ChunkSize - 1)
            {
                chunks.Add(chunk.ToString());
                chunk.Clear();
            }
        }

        for (var unit = 0xD800; unit <= 0xDFFF; unit += ChunkSize)
        {
            for (var offset = 0; offset < ChunkSize; offset++)
            {
                chunk.Append('a').Append((char)(unit + offset)).Append('b');
            }

            // A low surrogate before a high one is no pair either.
            chunks.Add(chunk.Append("\uDC00\uD800").ToString());
            chunk.Clear();
        }

        return chunks;
    }

    /// <summary>The characters of <paramref name="text"/> a reader sees: letters, marks, numbers, punctuation and symbols, pairs whole.</summary>
    private static IEnumerable<string> Visible(string text)
    {
        for (var index = 0; index < text.Length; index += char.IsSurrogatePair(text, index) ? 2 : 1)
        {
            var element = char.IsSurrogatePair(text, index) ? text.Substring(index, 2) : text[index].ToString();
            var category = CharUnicodeInfo.GetUnicodeCategory(element, 0);
            var isVisible = category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
            if (isVisible && element is not ("<" or ">" or "&"))
            {
                yield return element;
            }
        }
    }

    private static CSharpCompilation Compilation(string source, DocumentationMode mode) =>
        CSharpCompilation.Create(
            "Escaped",
            [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions.WithDocumentationMode(mode))],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error));

    private static (Microsoft.CodeAnalysis.Emit.EmitResult Result, string Documentation) Compile(string source)
    {
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        var result = Compilation(source, DocumentationMode.Diagnose).Emit(peStream, xmlDocumentationStream: xmlStream);
        return (result, Encoding.UTF8.GetString(xmlStream.ToArray()));
    }

    /// <summary>The first diagnostics, each with the code units of the doc line it points at.</summary>
    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Take(10).Select(diagnostic =>
        {
            var line = diagnostic.Location.SourceTree!.GetText().Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString();
            return diagnostic + " in " + string.Join(" ", line.Select(unit => ((int)unit).ToString("X4", CultureInfo.InvariantCulture)));
        }))
        + Environment.NewLine + diagnostics.Count() + " diagnostics";
}
