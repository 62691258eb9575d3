using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Rules;
using JapaneseLlm.Catalog.Roslyn;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Analyzers;

/// <summary>
/// The catalog as one compilation sees it. Cross-file checks (the validator's and the content rules') need
/// every file, so they run once per compilation, in its start action, and each file action then reports its
/// own share. Computed up front rather than by the first file action under a lock: concurrent file actions
/// would wait on that lock, and the wait counts as analyzer time. It costs a few milliseconds: the files'
/// parses are shared with the generator, and an unchanged file keeps its parse (<see cref="SharedParses"/>).
/// </summary>
internal sealed class CatalogSession
{
    private readonly ILookup<string, CatalogDiagnostic> crossFileDiagnostics;

    public CatalogSession(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var parsed = new List<ParsedFile>();
        foreach (var file in files)
        {
            if (CatalogFiles.IsCatalogFile(file.Path) && AdditionalFileParser.Parse(file, cancellationToken) is { } result)
            {
                parsed.Add(result);
            }
        }

        // The content rules' "year in the future" compares with the clock; a build runs in the present.
        crossFileDiagnostics = CatalogChecker.CheckAcrossFiles(parsed, DateTime.UtcNow.Year).ToLookup(diagnostic => diagnostic.Path);
    }

    public IEnumerable<CatalogDiagnostic> CrossFileDiagnosticsFor(string path) => crossFileDiagnostics[path];
}
