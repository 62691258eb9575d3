using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;

namespace JapaneseLlm.Catalog.Performance.Infrastructure;

/// <summary>
/// How much of a catalog the generator compiles: model files, models that pass validation, and error
/// diagnostics. A benchmark over a catalog whose records are rejected would time the rejection instead.
/// </summary>
internal sealed record CatalogCensus(int Files, int ModelFiles, int CompiledModels, int Errors)
{
    public static CatalogCensus Of(IReadOnlyList<InMemoryAdditionalText> files)
    {
        var parsed = files.Select(file => CatalogParser.Parse(file.Path, file.Text)).ToList();
        var validated = CatalogValidator.Validate(parsed);
        var errors = parsed.SelectMany(file => file.Diagnostics).Concat(validated.Diagnostics).Count(diagnostic => diagnostic.Severity == DiagnosticSeverityLevel.Error);
        return new CatalogCensus(files.Count, files.Count(YamlKeystroke.IsModelFile), validated.Models.Count, errors);
    }

    public override string ToString() => $"{Files} files, {CompiledModels} of {ModelFiles} models compiled, {Errors} errors";
}
