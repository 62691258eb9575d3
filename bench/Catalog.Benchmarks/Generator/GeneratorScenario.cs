using System.Collections.Immutable;
using JapaneseLlm.Catalog.Performance.Infrastructure;
using JapaneseLlm.Catalog.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JapaneseLlm.Catalog.Performance.Generator;

/// <summary>
/// One catalog prepared for the three generator runs an IDE makes: a cold run with a new driver, a re-run
/// after a keystroke in one YAML file, and a re-run after a keystroke in a .cs file. Drivers are immutable,
/// so every re-run starts from the same warm state and repeats exactly the same work. Every run gets new text
/// objects for what it reads anew (all files for a cold run, the typed file for a keystroke), as a new
/// compilation or an edit does: the generator and the analyzers share parses per text object (SharedParses),
/// so reused objects would time a cache instead of the parse.
/// </summary>
internal sealed class GeneratorScenario
{
    private readonly IReadOnlyList<InMemoryAdditionalText> catalog;
    private readonly ImmutableArray<AdditionalText> files;
    private readonly CSharpCompilation compilation;
    private readonly CSharpCompilation compilationAfterCSharpKeystroke;
    private readonly InMemoryAdditionalText editedFile;
    private readonly string typedText;
    private readonly bool trackSteps;
    private readonly GeneratorDriver warmDriver;

    public GeneratorScenario(IReadOnlyList<InMemoryAdditionalText> catalog, bool trackSteps = false)
    {
        this.catalog = catalog;
        files = RuntimeCompilation.AsAdditionalTexts(catalog);
        compilation = RuntimeCompilation.Create();
        compilationAfterCSharpKeystroke = RuntimeCompilation.WithCSharpKeystroke(compilation);
        var edited = YamlKeystroke.PickModelFile(catalog);
        editedFile = edited;
        typedText = YamlKeystroke.Type(edited.Text);
        EditedPath = edited.Path;
        this.trackSteps = trackSteps;
        warmDriver = CreateDriver(files).RunGenerators(compilation);

        // A generator that throws still "runs" in microseconds; refuse to time that.
        var result = warmDriver.GetRunResult().Results.Single();
        if (result.Exception is not null || result.GeneratedSources.IsEmpty)
        {
            throw new InvalidOperationException($"The generator produced nothing: {result.Exception}");
        }
    }

    public string EditedPath { get; }

    public GeneratorDriver ColdRun() => CreateDriver(RuntimeCompilation.AsAdditionalTexts(catalog.Select(file => file.Reopened()))).RunGenerators(compilation);

    public GeneratorDriver RunAfterYamlKeystroke() => warmDriver.ReplaceAdditionalText(editedFile, editedFile.WithText(typedText)).RunGenerators(compilation);

    public GeneratorDriver RunAfterCSharpKeystroke() => warmDriver.RunGenerators(compilationAfterCSharpKeystroke);

    private GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(
            [new CatalogGenerator().AsSourceGenerator()],
            texts,
            RuntimeCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));
}
