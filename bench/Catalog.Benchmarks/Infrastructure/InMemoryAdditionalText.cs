using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JapaneseLlm.Catalog.Performance.Infrastructure;

/// <summary>
/// An additional file held in memory, as the IDE hands them to generators and analyzers: the text is one
/// <see cref="SourceText"/> instance for the life of the object, so caches keyed by it behave as in the IDE.
/// </summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText sourceText = SourceText.From(text);

    public override string Path { get; } = path;

    public string Text { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => sourceText;

    /// <summary>The same path and content with a new <see cref="SourceText"/>: what a freshly opened file looks like.</summary>
    public InMemoryAdditionalText Reopened() => new(Path, Text);

    public InMemoryAdditionalText WithText(string newText) => new(Path, newText);
}
