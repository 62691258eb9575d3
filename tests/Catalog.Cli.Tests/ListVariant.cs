using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>
/// A copy of the shared list in a folder of its own, changed the way the list has changed over the years (a column
/// dropped, a header renamed, a translation missing…), for tests that import it.
/// </summary>
internal sealed class ListVariant : System.IDisposable
{
    public static readonly string[] Readmes = ["README.md", "en/README.md", "fr/README.md"];

    public ListVariant() => Root = CopyFolder(TestPaths.Upstream, "jllm-list-");

    public string Root { get; }

    public string Read(string path) => File.ReadAllText(Path.Combine(Root, path));

    public void Write(string path, string text) => File.WriteAllText(Path.Combine(Root, path), text);

    /// <summary>Edits each line of a file; a line mapped to null is removed.</summary>
    public void EditLines(string path, System.Func<string, int, string?> edit) =>
        Write(path, string.Join("\n", Read(path).Split('\n').Select(edit).Where(line => line is not null)));

    public void Delete(string path)
    {
        var full = Path.Combine(Root, path);
        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }
        else
        {
            File.Delete(full);
        }
    }

    /// <summary>The 0-based line indexes of the table that follows the anchor <paramref name="anchor"/> in a README.</summary>
    public IReadOnlyList<int> TableLines(string path, string anchor)
    {
        var lines = Read(path).Split('\n');
        var start = System.Array.FindIndex(lines, line => line == $"<a id=\"{anchor}\"></a>");
        var first = System.Array.FindIndex(lines, start, line => line.StartsWith('|'));
        var result = new List<int>();
        for (var index = first; index < lines.Length && lines[index].StartsWith('|'); index++)
        {
            result.Add(index);
        }

        return result;
    }

    /// <summary>A table line with its last cell replaced.</summary>
    public static string ReplaceLastCell(string line, string text)
    {
        var cells = line.TrimEnd().Split('|');
        cells[^2] = $" {text} ";
        return string.Join("|", cells);
    }

    /// <summary>Copies a folder's files into a new temporary folder and returns its path.</summary>
    public static string CopyFolder(string source, string prefix)
    {
        var root = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
