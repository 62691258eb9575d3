using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Cli.Options;
using JapaneseLlm.Catalog.Cli.Schema;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary><c>jllm schema --out DIR [--docs FILE] [--catalog DIR] [--check]</c>: the catalog's JSON Schemas (and docs/schema.md) from the schema description and the registries' ids.</summary>
internal static class SchemaCommand
{
    private const string Description = """
        Write the JSON Schema of every kind of catalog file, which editors validate and complete catalog YAML
        with, from the schema description the parser also reads its keys from; with --docs, also the reference page.
        Keys that refer to a registry (developers, licenses, data sets, footnotes, sections) accept and complete
        the ids the catalog's registries hold, each with what it stands for: regenerate after editing a registry.

        Examples:
          jllm schema --out catalog/schema --docs docs/schema.md --catalog catalog
          jllm schema --out catalog/schema --docs docs/schema.md --catalog catalog --check
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "The folder to write the *.schema.json files into (catalog/schema).", Required = true };
        var docs = new Option<string?>("--docs") { Description = "Also write the schema reference page (docs/schema.md)." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 if a file differs from what would be written." };
        var catalog = CatalogInput.CreateOption();
        var command = new Command("schema", Description) { output, docs, catalog, check };
        command.SetAction(result => Program.Guard(stderr, () =>
            Run(result.GetValue(output)!, result.GetValue(docs), RegistryIds.Of(CatalogInput.Load(result.GetValue(catalog), stderr)), result.GetValue(check), stdout, stderr)));
        return command;
    }

    public static int Run(string output, string? docs, RegistryIds ids, bool check, TextWriter stdout, TextWriter stderr)
    {
        var files = SchemaOutputs.JsonSchemas(ids).Select(pair => (Path: Path.Combine(output, pair.Key), Text: pair.Value)).ToList();
        if (docs is not null)
        {
            files.Add((docs, SchemaOutputs.Documentation()));
        }

        if (check)
        {
            var stale = files.Where(file => !File.Exists(file.Path) || File.ReadAllText(file.Path) != file.Text).Select(file => file.Path).ToList();
            foreach (var path in stale)
            {
                stderr.WriteLine($"jllm: {path} is out of date; run 'jllm schema' without --check to regenerate it");
            }

            stdout.WriteLine(stale.Count == 0 ? $"{files.Count} files up to date." : $"{stale.Count} of {files.Count} files out of date.");
            return stale.Count == 0 ? ExitCodes.Ok : ExitCodes.Diagnostics;
        }

        Write(files);
        stdout.WriteLine($"Wrote {files.Count} files ({string.Join(", ", files.Select(file => Path.GetFileName(file.Path)))}).");
        return ExitCodes.Ok;
    }

    private static void Write(IEnumerable<(string Path, string Text)> files)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (path, text) in files)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(path, text, encoding);
        }
    }
}
