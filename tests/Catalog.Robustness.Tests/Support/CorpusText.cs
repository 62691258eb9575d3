using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JapaneseLlm.Catalog.Robustness.Support;

/// <summary>
/// A catalog file given as bytes and decoded the way Roslyn decodes an additional file it is handed as a
/// stream: a byte order mark picks the encoding, else UTF-8, with U+FFFD for every invalid byte sequence.
/// </summary>
internal sealed class CorpusText : AdditionalText
{
    private readonly SourceText text;

    public CorpusText(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        using var stream = new MemoryStream(bytes, writable: false);
        text = SourceText.From(stream, encoding: null);
    }

    public CorpusText(string path, string text)
        : this(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text))
    {
    }

    public override string Path { get; }

    public byte[] Bytes { get; }

    public string Text => text.ToString();

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
