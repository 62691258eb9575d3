using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;

/// <summary>An additional file held in memory, as the compiler hands them to analyzers.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText sourceText = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => sourceText;
}
