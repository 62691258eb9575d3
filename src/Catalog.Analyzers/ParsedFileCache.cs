using System.Runtime.CompilerServices;
using System.Threading;
using JapaneseLlm.Catalog.Model.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace JapaneseLlm.Catalog.Analyzers;

/// <summary>
/// One parse per file text: the IDE re-runs analyzers on every edit, but an unchanged file keeps its
/// <see cref="SourceText"/> instance, so its parse is reused.
/// </summary>
internal static class ParsedFileCache
{
    private static readonly ConditionalWeakTable<SourceText, ParsedFile> Cache = new();

    public static ParsedFile? Get(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return null;
        }

        return Cache.GetValue(text, sourceText => CatalogParser.Parse(file.Path, sourceText.ToString()));
    }
}
