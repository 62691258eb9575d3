using System.Globalization;
using System.Text;
using CsCheck;
using JapaneseLlm.Catalog.Generator.Emit;
using JapaneseLlm.Catalog.Authoring.Naming;
using JapaneseLlm.Catalog.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace JapaneseLlm.Catalog.Robustness;

/// <summary>
/// The ways text reaches generated code (literals, literals joined from several strings, doc text), tested on
/// any UTF-16 string — lone surrogates included, which no YAML file can carry — integers written without the
/// culture, and the naming of ids, on any id the parser accepts. Parsing only, no compilation, so each property
/// runs thousands of cases.
/// </summary>
public sealed class EscapingPropertyTests
{
    private const int Cases = 5_000;

    /// <summary>Any UTF-16 code unit, weighted towards the ones that end lines, strings, comments or pairs.</summary>
    private static readonly Gen<string> AnyUtf16 = Gen.Frequency(
            (4, Gen.Char),
            (2, Gen.Char['\uD800', '\uDFFF']),
            (2, Gen.Char["\"\\\r\n\u0085\u2028\u2029\0*/<>&{}#$@'\u202E\uFEFF"]),
            (2, Gen.Char['a', 'z']))
        .Array[0, 24]
        .Select(characters => new string(characters));

    [Fact]
    public void A_literal_parses_back_to_the_same_string_without_diagnostics() =>
        AnyUtf16.Sample(
            value =>
            {
                var tree = CSharpSyntaxTree.ParseText($"class C {{ string s = {CSharpText.AppendLiteral(new StringBuilder(), value)}; }}", GeneratorHarness.ParseOptions);
                Assert.Empty(tree.GetDiagnostics());
                var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
                Assert.Equal(value, literal.Token.ValueText);
            },
            iter: Cases);

    [Fact]
    public void Literal_contents_joined_by_a_line_feed_parse_back_to_the_joined_string() =>
        Gen.Select(AnyUtf16, AnyUtf16).Sample(
            (first, second) =>
            {
                var literal = new StringBuilder("\"");
                CSharpText.AppendLiteralContent(literal, first).Append("\\n");
                CSharpText.AppendLiteralContent(literal, second).Append('"');
                var tree = CSharpSyntaxTree.ParseText($"class C {{ string s = {literal}; }}", GeneratorHarness.ParseOptions);
                Assert.Empty(tree.GetDiagnostics());
                var token = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token;
                Assert.Equal(first + "\n" + second, token.ValueText);
            },
            iter: Cases);

    [Fact]
    public void An_integer_reads_back_as_the_same_long() =>
        Gen.OneOf(Gen.Long, Gen.Long[-1000, 1000], Gen.Const(long.MinValue), Gen.Const(long.MaxValue)).Sample(
            value =>
            {
                var literal = CSharpText.AppendInteger(new StringBuilder(), value).Append('L').ToString();
                var tree = CSharpSyntaxTree.ParseText($"class C {{ long n = {literal}; }}", GeneratorHarness.ParseOptions);
                Assert.Empty(tree.GetDiagnostics());
                var expression = tree.GetRoot().DescendantNodes().OfType<EqualsValueClauseSyntax>().Single().Value;
                var token = (expression as PrefixUnaryExpressionSyntax)?.Operand is LiteralExpressionSyntax negated ? negated.Token : ((LiteralExpressionSyntax)expression).Token;
                // long.MinValue's digits read as a ulong, which C# negates into a long: compare as decimals.
                var parsed = Convert.ToDecimal(token.Value, CultureInfo.InvariantCulture);
                Assert.Equal((decimal)value, expression is PrefixUnaryExpressionSyntax ? -parsed : parsed);
            },
            iter: Cases);

    [Fact]
    public void Doc_text_stays_inside_its_comment_as_well_formed_xml() =>
        AnyUtf16.Sample(
            value =>
            {
                var comment = CSharpText.AppendDoc(new StringBuilder(), 0, "summary", value).Append("class C { }\n");

                // Emitters compose doc text in a builder and hand that over: it must read the same, past the
                // reused buffer's length too.
                var repeated = string.Concat(Enumerable.Repeat(value + "\n", (4096 / (value.Length + 1)) + 2));
                Assert.Equal(comment.ToString(), CSharpText.AppendDoc(new StringBuilder(), 0, "summary", new StringBuilder(value)).Append("class C { }\n").ToString());
                Assert.Equal(
                    CSharpText.AppendDoc(new StringBuilder(), 0, "remarks", repeated).ToString(),
                    CSharpText.AppendDoc(new StringBuilder(), 0, "remarks", new StringBuilder(repeated)).ToString());
                var tree = CSharpSyntaxTree.ParseText(comment.ToString(), GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose));
                Assert.Empty(tree.GetDiagnostics());
                var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
                Assert.Equal("C", type.Identifier.ValueText);
                Assert.Single(type.GetLeadingTrivia(), trivia => trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
            },
            iter: Cases);

    [Fact]
    public void Every_valid_id_names_a_valid_identifier_that_is_no_keyword() =>
        Gen.Select(Gen.Char["abcxyz0123456789"], Gen.Char["abcxyz0123456789._+-"].Array[0, 16], (first, rest) => first + new string(rest))
            .Sample(
                id =>
                {
                    var identifier = IdentifierNamer.ToIdentifier(id);
                    Assert.True(SyntaxFacts.IsValidIdentifier(identifier), $"'{id}' names '{identifier}'");
                    Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(identifier));
                    Assert.Equal(SyntaxKind.None, SyntaxFacts.GetContextualKeywordKind(identifier));
                    Assert.Equal(identifier, IdentifierNamer.ToIdentifier(id));
                },
                iter: Cases);

    /// <summary>
    /// Hugging Face constants are named from a lower-cased part of the repo id, read in place: the same names as
    /// lower-casing that part as a string first, for any text, the characters that lower-case to ASCII
    /// (Kelvin sign, dotted capital I) and surrogate pairs included.
    /// </summary>
    [Fact]
    public void Naming_from_a_lower_cased_part_in_place_equals_lower_casing_the_part_first() =>
        Gen.Select(
                Gen.Frequency(
                        (3, Gen.Char['A', 'Z']),
                        (3, Gen.Char["abcxyz0123456789._+-/"]),
                        (2, Gen.Char["\u212A\u0130\u00C0\u03A3\u1E9E"]),
                        (1, Gen.Char),
                        (1, Gen.Const('\uD801')),
                        (1, Gen.Const('\uDC00')))
                    .Array[0, 24]
                    .Select(characters => new string(characters)),
                Gen.Int[0, 24])
            .Sample(
                (text, start) =>
                {
                    start = Math.Min(start, text.Length);
                    Assert.Equal(
                        IdentifierNamer.ToIdentifier(text.Substring(start).ToLowerInvariant()),
                        IdentifierNamer.ToIdentifier(text, start, lowerCase: true));
                },
                iter: Cases);

    [Fact]
    public void A_name_longer_than_the_reused_buffer_is_built_whole() =>
        Assert.Equal("A" + new string('b', 4999) + "C", IdentifierNamer.ToIdentifier("a" + new string('b', 4999) + "-c"));

    /// <summary>
    /// Text that Roslyn's literal formatter would leave as it is is copied between quotes without it. Checked for
    /// every UTF-16 code unit (the formatter escapes code unit by code unit, and the copy refuses surrogates), and
    /// the copy must cover the catalog's own text, or this would pass with a copy that never happens.
    /// </summary>
    [Fact]
    public void Every_code_unit_copied_as_it_is_is_one_the_literal_formatter_leaves_as_it_is()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var text = ((char)code).ToString();
            if (CSharpText.IsVerbatim(text))
            {
                Assert.Equal("\"" + text + "\"", SymbolDisplay.FormatLiteral(text, quote: true));
            }
        }

        Assert.True(CSharpText.IsVerbatim("事前学習: 合成コーパス 9件<br>(計 **3B** トークン)"));
        Assert.True(CSharpText.IsVerbatim("Pré-entraînement : 9 corpus synthétiques"));
        Assert.False(CSharpText.IsVerbatim("a\"b"));
        Assert.False(CSharpText.IsVerbatim("a\u2028b"));
    }
}
