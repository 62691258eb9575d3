using System;
using System.Threading;
using JapaneseLlm.Catalog.Authoring.Parsing;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Roslyn;

/// <summary>
/// Parses a catalog file as the compiler hands it to a generator or an analyzer, through
/// <see cref="SharedParses"/> so that both use one parse. Compiled into both components.
/// </summary>
internal static class AdditionalFileParser
{
    /// <summary>The file's parse, or <see langword="null"/> when the compiler cannot read it.</summary>
    public static ParsedFile? Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            return text is null ? null : SharedParses.Parse(text, file.Path, static sourceText => sourceText.ToString());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Never throw into the compiler: an unreadable file is reported as such.
            return null;
        }
    }
}
