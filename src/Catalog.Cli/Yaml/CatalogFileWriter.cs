using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Yaml;

/// <summary>
/// Writes records and registries as catalog YAML: a modeline naming the file's JSON Schema, then every key in the
/// order the schema description lists it (<see cref="SchemaYamlWriter"/>), so equal data gives equal bytes.
/// </summary>
internal static class CatalogFileWriter
{
    public static string Record(SchemaFile file, CatalogEntry record, string path) =>
        Start(path, file.Kind).WriteKeys(file.Root, record).ToString();

    public static string Registry(SchemaFile file, IEnumerable<CatalogEntry> entries, string path) =>
        Start(path, file.Kind).Items(file.Kind, entries.ToList(), (yaml, entry) => yaml.WriteKeys(file.Entries!, entry)).ToString();

    private static YamlWriter Start(string path, string kind) =>
        new YamlWriter().Comment(CatalogLayout.Modeline(path, kind)).Scalar("kind", kind);
}
