using System.Text.Json;
using JapaneseLlm.Catalog.JsonBaseline.Data;
using JapaneseLlm.Catalog.JsonExport;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Catalog.JsonExport <catalog folder> <output .json>");
    return 2;
}

var (catalogFolder, outputPath) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
var schemaFolder = Path.Combine(catalogFolder, "schema") + Path.DirectorySeparatorChar;
var files = Directory.Exists(catalogFolder)
    ? Directory.EnumerateFiles(catalogFolder, "*.yaml", SearchOption.AllDirectories)
        .Where(path => !path.StartsWith(schemaFolder, StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(path => CatalogParser.Parse(path, File.ReadAllText(path)))
        .ToList()
    : [];

// The validator keeps exactly the records the generator compiles, so both sides hold the same data.
var document = CatalogDocumentMapper.Map(CatalogValidator.Validate(files));
Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
using (var output = File.Create(outputPath))
{
    JsonSerializer.Serialize(output, document, JsonCatalogContext.Default.JsonCatalogDocument);
}

Console.WriteLine($"Catalog.JsonExport: {document.Models.Count} models, {document.Benchmarks.Count} benchmarks, {document.Papers.Count} papers from {files.Count} files -> {outputPath}");
return 0;
