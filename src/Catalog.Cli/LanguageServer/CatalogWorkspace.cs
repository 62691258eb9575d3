using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Rules;
using JapaneseLlm.Catalog.Cli.Catalog;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>
/// The catalog folder the editor works in: every file read from disk once, open documents in place of their files.
/// An edit re-parses only the edited file; the cross-file checks then run over the parses held here, with the same
/// <see cref="CatalogChecker"/> as <c>jllm check</c> and the analyzers.
/// </summary>
internal sealed class CatalogWorkspace
{
    private readonly Dictionary<string, CatalogDocument> documents = new(StringComparer.Ordinal);
    private readonly HashSet<string> open = new(StringComparer.Ordinal);
    private ILookup<string, CatalogDiagnostic>? diagnostics;

    private CatalogWorkspace(string? root)
    {
        Root = root;
    }

    /// <summary>The catalog folder (the one holding registries/), or null when none was found: then each document is checked alone.</summary>
    public string? Root { get; }

    public IEnumerable<string> OpenPaths => open;

    public IEnumerable<CatalogDocument> Documents => documents.Values;

    public static CatalogWorkspace Load(string? root)
    {
        var workspace = new CatalogWorkspace(root);
        if (root is not null)
        {
            foreach (var (relative, text) in CatalogFolder.Read(root))
            {
                var path = Path.GetFullPath(Path.Combine(root, relative));
                workspace.documents[path] = new CatalogDocument(path, text, version: null);
            }
        }

        return workspace;
    }

    /// <summary>
    /// The catalog folder for a workspace folder or a file in it: the folder itself or its <c>catalog/</c> when it
    /// holds registries/, else the nearest ancestor that does.
    /// </summary>
    public static string? FindRoot(string start)
    {
        foreach (var candidate in new[] { start, Path.Combine(start, "catalog") })
        {
            if (Directory.Exists(Path.Combine(candidate, "registries")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        for (var folder = new DirectoryInfo(start).Parent; folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "registries")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    public bool Contains(string path) => Root is not null && path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public CatalogDocument? Find(string path) => documents.TryGetValue(path, out var document) ? document : null;

    public bool IsOpen(string path) => open.Contains(path);

    /// <summary>The editor's text of <paramref name="path"/>; an older version than the one held is ignored.</summary>
    public void Update(string path, string text, int version)
    {
        if (documents.TryGetValue(path, out var held) && held.Version > version)
        {
            return;
        }

        open.Add(path);
        if (held is null || held.Text != text)
        {
            documents[path] = new CatalogDocument(path, text, version);
            diagnostics = null;
        }
        else
        {
            documents[path] = held.Version == version ? held : new CatalogDocument(path, text, version);
        }
    }

    /// <summary>The editor closed <paramref name="path"/>: the file on disk counts again (or nothing, if it is not there).</summary>
    public void Close(string path)
    {
        open.Remove(path);
        documents.Remove(path);
        if (Contains(path) && File.Exists(path))
        {
            documents[path] = new CatalogDocument(path, File.ReadAllText(path), version: null);
        }

        diagnostics = null;
    }

    /// <summary>Every diagnostic of <paramref name="path"/>, as <c>jllm check</c> reports it for the same texts.</summary>
    public IReadOnlyList<CatalogDiagnostic> DiagnosticsOf(string path)
    {
        if (!Contains(path))
        {
            // A file outside any catalog folder has only its own problems.
            return documents.TryGetValue(path, out var alone) ? alone.Parsed.Diagnostics.ToList() : Array.Empty<CatalogDiagnostic>();
        }

        diagnostics ??= CatalogChecker.Check(CatalogFiles(), DateTime.UtcNow.Year).ToLookup(diagnostic => diagnostic.Path, StringComparer.Ordinal);
        return diagnostics[path].ToList();
    }

    /// <summary>The entry <paramref name="id"/> of the registry whose file kind is <paramref name="registry"/> (licenses, developers, …).</summary>
    public CatalogEntry? FindEntry(string registry, string id) => Entries(registry).FirstOrDefault(entry => entry.Id == id);

    /// <summary>The entries of <paramref name="registry"/>, in path and registry order.</summary>
    public IEnumerable<CatalogEntry> Entries(string registry)
    {
        var entryKind = SchemaFiles.EntryKind(registry);
        return CatalogDocuments().SelectMany(document => document.Parsed.Entries).Where(entry => entry.KindName == entryKind);
    }

    /// <summary>Where the catalog's files write registry ids: definitions and references.</summary>
    public IEnumerable<(CatalogDocument Document, IdOccurrence Occurrence)> Occurrences(string registry, string id) =>
        CatalogDocuments()
            .SelectMany(document => document.Occurrences.Select(occurrence => (document, occurrence)))
            .Where(found => found.occurrence.Registry == registry && found.occurrence.Id == id);

    private IEnumerable<CatalogDocument> CatalogDocuments() => documents.Values.Where(document => Contains(document.Path)).OrderBy(document => document.Path, StringComparer.Ordinal);

    private List<ParsedFile> CatalogFiles() => CatalogDocuments().Select(document => document.Parsed).ToList();
}
