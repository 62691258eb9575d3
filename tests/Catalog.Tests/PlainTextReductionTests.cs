using JapaneseLlm.Catalog.Authoring.Text;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>The one reduction of the list's markdown to plain text that the generator and the exports share.</summary>
public sealed class PlainTextReductionTests
{
    [Theory]
    [InlineData("**7b**-instruct", "7b-instruct")]
    [InlineData("[A](https://a.example/x_(y))<br>[B](https://b.example)<br> [C](https://c.example)", "A\nB\nC")]
    [InlineData("日本語 Wikipedia <br> + Japanese CC-100 <br><br>", "日本語 Wikipedia\n+ Japanese CC-100")]
    [InlineData("Wikipedia[^private-data]<br>(計 **650GB**)<br>\\*instruct モデル", "Wikipedia\n(計 650GB)\n*instruct モデル")]
    [InlineData("GPT&#x2011;4 &amp; co", "GPT\u20114 & co")]
    [InlineData("`AutoModel.from_pretrained()`  で<BR/>読める", "AutoModel.from_pretrained() で\n読める")]
    [InlineData("([**Swallow**](https://s.example), [x\\]y](https://x.example))", "(Swallow, x]y)")]
    [InlineData("a [b] (c) & d [^ e]", "a [b] (c) & d [^ e]")]
    [InlineData("[[**a**](https://a.example) b](https://b.example) d", "a b d")]
    [InlineData("[a`](https://a.example) `b", "a` `b")]
    [InlineData("\\[a](https://a.example) \\\\[b](https://b.example)", "[a](https://a.example) \\b")]
    [InlineData("", "")]
    public void Reduces_the_lists_markup(string markdown, string plain) =>
        Assert.Equal(plain, PlainText.FromMarkdown(markdown));

    [Fact]
    public void A_one_line_display_chooses_its_separator() =>
        Assert.Equal("A; B", PlainText.FromMarkdown("[A](https://a.example)<br>B", "; "));
}
