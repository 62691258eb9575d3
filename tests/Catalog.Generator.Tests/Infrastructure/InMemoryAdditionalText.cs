using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JapaneseLlm.Catalog.Tests.Infrastructure;

/// <summary>An additional file held in memory, as the IDE and the compiler hand them to generators.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText sourceText = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => sourceText;
}
