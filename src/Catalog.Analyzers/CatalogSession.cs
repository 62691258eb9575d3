using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using JapaneseLlm.Catalog.Model.Diagnostics;
using JapaneseLlm.Catalog.Model.Parsing;
using JapaneseLlm.Catalog.Model.Rules;
using Microsoft.CodeAnalysis;

namespace JapaneseLlm.Catalog.Analyzers;

/// <summary>
/// The catalog as one compilation sees it. Cross-file checks (the validator's and the content rules') need
/// every file, so they run once per compilation (lazily, on the first file action) and each file then
/// reports its own share. In the IDE every edit makes a new compilation; unchanged files keep their parse.
/// </summary>
internal sealed class CatalogSession
{
    private readonly ImmutableArray<AdditionalText> files;
    private object? validateLock;
    private ILookup<string, CatalogDiagnostic>? crossFileDiagnostics;
    private bool validated;

    public CatalogSession(ImmutableArray<AdditionalText> files) =>
        this.files = files.Where(file => CatalogFiles.IsCatalogFile(file.Path)).ToImmutableArray();

    public IEnumerable<CatalogDiagnostic> CrossFileDiagnosticsFor(string path, CancellationToken cancellationToken)
    {
        // Locked: file actions run concurrently, and the cross-file check is the costly part of a pass.
        var lookup = LazyInitializer.EnsureInitialized(ref crossFileDiagnostics, ref validated, ref validateLock, () => Validate(cancellationToken))!;
        return lookup[path];
    }

    private ILookup<string, CatalogDiagnostic> Validate(CancellationToken cancellationToken)
    {
        var parsed = new List<ParsedFile>();
        foreach (var file in files)
        {
            if (ParsedFileCache.Get(file, cancellationToken) is { } result)
            {
                parsed.Add(result);
            }
        }

        // The content rules' "year in the future" compares with the clock; a build runs in the present.
        return CatalogChecker.CheckAcrossFiles(parsed, DateTime.UtcNow.Year).ToLookup(diagnostic => diagnostic.Path);
    }
}
