using System.Collections.Generic;
using System.IO;
using JapaneseLlm.Catalog.Authoring.Parsing;

namespace JapaneseLlm.Catalog.Cli.Catalog;

/// <summary>
/// The catalog files under a folder, as the build selects them (<see cref="CatalogFiles.IsCatalogFile"/>): every
/// subfolder, hidden ones and linked ones included. A linked folder whose target is already being walked (a link
/// to an ancestor, or two links to each other) is not walked again: a loop made the same records appear under
/// endless paths, and the real files were then blamed with duplicate ids.
/// </summary>
internal static class CatalogFolder
{
    /// <summary>Paths relative to <paramref name="root"/>, with '/'.</summary>
    public static IEnumerable<string> Files(string root)
    {
        var pending = new Stack<(string Directory, string Relative, string Real, int Depth)>();
        pending.Push((root, string.Empty, RealPath(new DirectoryInfo(Path.GetFullPath(root))), 0));
        var ancestors = new List<string>();
        while (pending.Count > 0)
        {
            var (directory, relative, real, depth) = pending.Pop();
            ancestors.RemoveRange(depth, ancestors.Count - depth);
            if (ancestors.Contains(real))
            {
                continue;
            }

            ancestors.Add(real);
            foreach (var file in Directory.EnumerateFiles(directory))
            {
                var name = Path.GetFileName(file);
                if (CatalogFiles.IsCatalogFile(name))
                {
                    yield return relative + name;
                }
            }

            foreach (var subdirectory in Directory.EnumerateDirectories(directory))
            {
                // Resolved from the parent's real path, so a link inside a linked folder resolves where it really is.
                var name = Path.GetFileName(subdirectory);
                pending.Push((subdirectory, relative + name + "/", RealPath(new DirectoryInfo(Path.Combine(real, name))), depth + 1));
            }
        }
    }

    /// <summary>The catalog files under <paramref name="root"/> with their text, by relative path in path order.</summary>
    public static SortedDictionary<string, string> Read(string root)
    {
        var files = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var path in Files(root))
        {
            files[path] = File.ReadAllText(Path.Combine(root, path), System.Text.Encoding.UTF8);
        }

        return files;
    }

    private static string RealPath(DirectoryInfo directory) =>
        Path.GetFullPath(directory.LinkTarget is null ? directory.FullName : directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory.FullName);
}
