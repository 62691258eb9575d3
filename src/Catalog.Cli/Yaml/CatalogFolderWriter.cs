using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace JapaneseLlm.Catalog.Cli.Yaml;

/// <summary>
/// Writes the catalog's files under a folder (UTF-8 without BOM, LF), and removes YAML files left in the
/// folders the importer owns (models/, benchmarks/, papers/, registries/) that the new import no longer has.
/// </summary>
internal static class CatalogFolderWriter
{
    private static readonly string[] OwnedFolders = { "models", "benchmarks", "papers", CatalogLayout.RegistriesFolder };

    public static (int Written, IReadOnlyList<string> Removed) Write(string root, IReadOnlyDictionary<string, string> files)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (path, text) in files)
        {
            var fullPath = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            File.WriteAllText(fullPath, text, encoding);
        }

        var removed = new List<string>();
        foreach (var folder in OwnedFolders.Select(folder => Path.Combine(root, folder)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).OrderBy(file => file, System.StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!files.ContainsKey(relative))
                {
                    File.Delete(file);
                    removed.Add(relative);
                }
            }
        }

        return (files.Count, removed);
    }
}
