using System;
using System.Collections.Generic;
using System.IO;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>
/// A small catalog written to a temporary folder: one model, one benchmark and one paper table, a heading without a
/// table and a model section without columns, plus whatever model files a test adds.
/// </summary>
internal sealed class SmallCatalog : IDisposable
{
    private const string Sections = """
        kind: sections
        sections:
        - id: models
          level: 2
          heading: Models
          category: text-generation
          records: model
          columns:
          - field: name
            header: Name
          - field: developers
            header: Developers
          - field: licenses
            header: License
        - id: heading-only
          level: 2
          heading: Heading only
          category: text-generation
        - id: no-columns
          level: 2
          heading: No columns
          category: text-generation
          records: model
        - id: benchmarks
          level: 2
          heading: Benchmarks
          records: benchmark
          columns:
          - field: name
            header: Name
        - id: papers
          level: 2
          heading: Papers
          records: paper
          columns:
          - field: title
            header: Title
        """;

    public SmallCatalog(params (string Path, string Text)[] files)
    {
        Folder = Directory.CreateTempSubdirectory("jllm-small-").FullName;
        Write("registries/sections.yaml", Sections);
        Write("registries/licenses.yaml", "kind: licenses\nlicenses:\n- id: mit\n  name: MIT\n  commercial_use: allowed\n");
        Write("registries/developers.yaml", "kind: developers\ndevelopers:\n- id: dev\n  name: Developer\n");
        Write("registries/footnotes.yaml", "kind: footnotes\nfootnotes:\n- id: note\n  text: A note.\n");
        Write("benchmarks/bench.yaml", "kind: benchmark\nid: bench\nsection: benchmarks\nname: Bench\nurl: https://example.com/bench\n");
        Write("papers/paper.yaml", "kind: paper\nid: paper\nsection: papers\nname: Paper\ntitle: A paper\nurl: https://example.com/paper\npublished: 2020-01-01\n");
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Folder { get; }

    /// <summary>A model file with the fields every model needs and <paramref name="extra"/> lines.</summary>
    public static (string Path, string Text) Model(string id, string section = "models", string name = "Name", string extra = "") =>
        ($"models/{id}.yaml", $"kind: model\nid: {id}\nsection: {section}\nname: {name}\nyear: 2024\ndevelopers: [dev]\nlicenses: [mit]\n{extra}\n");

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(Folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
