using System.IO;
using System.Text;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary>The file a command writes (<c>--out</c>): its folder is created; a folder given as the file is a usage error that says so.</summary>
internal static class OutputFile
{
    public static void Write(string path, string text)
    {
        Prepare(path);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>Checks that <paramref name="path"/> can be a file and creates its folder.</summary>
    public static void Prepare(string path)
    {
        // Writing to a folder fails with "Access to the path is denied", which sends people after permissions.
        if (Directory.Exists(path))
        {
            throw new UsageException($"--out {path}: is a folder; give the path of the file to write");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
    }
}
