using System.Collections.Immutable;
using JapaneseLlm.Catalog.Performance.Infrastructure;
using JapaneseLlm.Catalog.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JapaneseLlm.Catalog.Performance.Generator;

/// <summary>
/// One catalog prepared for the three generator runs an IDE makes: a cold run with a new driver, a re-run
/// after a keystroke in one YAML file, and a re-run after a keystroke in a .cs file. Drivers are immutable,
/// so every re-run starts from the same warm state and repeats exactly the same work.
/// </summary>
internal sealed class GeneratorScenario
{
    private readonly ImmutableArray<AdditionalText> files;
    private readonly CSharpCompilation compilation;
    private readonly CSharpCompilation compilationAfterCSharpKeystroke;
    private readonly AdditionalText editedFile;
    private readonly AdditionalText typedFile;
    private readonly bool trackSteps;
    private readonly GeneratorDriver warmDriver;

    public GeneratorScenario(IReadOnlyList<InMemoryAdditionalText> catalog, bool trackSteps = false)
    {
        files = RuntimeCompilation.AsAdditionalTexts(catalog);
        compilation = RuntimeCompilation.Create();
        compilationAfterCSharpKeystroke = RuntimeCompilation.WithCSharpKeystroke(compilation);
        var edited = YamlKeystroke.PickModelFile(catalog);
        editedFile = edited;
        typedFile = edited.WithText(YamlKeystroke.Type(edited.Text));
        EditedPath = edited.Path;
        this.trackSteps = trackSteps;
        warmDriver = ColdRun();

        // A generator that throws still "runs" in microseconds; refuse to time that.
        var result = warmDriver.GetRunResult().Results.Single();
        if (result.Exception is not null || result.GeneratedSources.IsEmpty)
        {
            throw new InvalidOperationException($"The generator produced nothing: {result.Exception}");
        }
    }

    public string EditedPath { get; }

    public GeneratorDriver ColdRun() => CreateDriver().RunGenerators(compilation);

    public GeneratorDriver RunAfterYamlKeystroke() => warmDriver.ReplaceAdditionalText(editedFile, typedFile).RunGenerators(compilation);

    public GeneratorDriver RunAfterCSharpKeystroke() => warmDriver.RunGenerators(compilationAfterCSharpKeystroke);

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            files,
            RuntimeCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));
}
