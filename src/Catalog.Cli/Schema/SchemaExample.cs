namespace JapaneseLlm.Catalog.Cli.Schema;

/// <summary>An example file of one kind, with the catalog path it is shown at (its modeline is relative to that path).</summary>
internal sealed record SchemaExample(string Kind, string Path, string Yaml);
