using System.Collections.Immutable;
using System.Linq;
using JapaneseLlm.Catalog.Generator.Emit;
using JapaneseLlm.Catalog.Generator.Specs;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Validation;
using JapaneseLlm.Catalog.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace JapaneseLlm.Catalog.Generator;

/// <summary>
/// Compiles the catalog's YAML files into the typed catalog. Each file is parsed once and cached; only the cross-file
/// decisions (what compiles, the registries, the tables) are made over the whole catalog, from facts a typical edit
/// leaves equal. Records are emitted a few to a file (<see cref="RecordFiles"/>), and each generated file's specs are
/// built from its records and that index, so editing one YAML file re-parses that file and re-emits only the few
/// records that share its record's generated file; specs hold no positions, so moving text re-emits nothing.
/// Problems are skipped here and reported by the analyzers, so the generated code always compiles.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CatalogGenerator : IIncrementalGenerator
{
    public const string ParseStep = "ParseFile";
    public const string CrossFileFactsStep = "CrossFileFacts";
    public const string ValidateStep = "ValidateCatalog";
    public const string FileRecordsStep = "FileRecords";
    public const string RecordGroupsStep = "RecordGroups";
    public const string ModelFilesStep = "ModelFiles";
    public const string BenchmarkFilesStep = "BenchmarkFiles";
    public const string PaperFilesStep = "PaperFiles";
    public const string RegistrySpecStep = "RegistrySpec";
    public const string TableSpecStep = "TableSpec";

    /// <summary>The runtime library's type the generated code is built around (JLLM0303 when the compilation has none).</summary>
    private const string RuntimeLibraryType = "JapaneseLlm.Catalog.LlmCatalog";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsedFiles = context.AdditionalTextsProvider
            .Where(static file => CatalogFiles.IsCatalogFile(file.Path))
            .Select(static (file, cancellationToken) => AdditionalFileParser.Parse(file, cancellationToken) ?? CatalogParser.Parse(file.Path, string.Empty))
            .WithComparer(SameOrEqualComparer<ParsedFile>.Instance)
            .WithTrackingName(ParseStep);

        var namespaceChoice = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => CatalogNamespace.From(options));
        context.RegisterSourceOutput(namespaceChoice, static (output, choice) =>
        {
            if (choice.UnusableValue is { } value)
            {
                output.ReportDiagnostic(Diagnostic.Create(BuildDiagnostics.UnusableNamespace, Location.None, value));
            }
        });

        // A bool, so that a C# edit re-runs only this look-up and leaves everything after it cached.
        var hasRuntimeLibrary = context.CompilationProvider.Select(static (compilation, _) => compilation.GetTypeByMetadataName(RuntimeLibraryType) is not null);
        context.RegisterSourceOutput(hasRuntimeLibrary, static (output, hasRuntime) =>
        {
            if (!hasRuntime)
            {
                output.ReportDiagnostic(Diagnostic.Create(BuildDiagnostics.MissingRuntimeLibrary, Location.None));
            }
        });

        var hasNullableContext = context.ParseOptionsProvider.Select(static (options, _) => options is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 });
        var target = namespaceChoice.Combine(hasNullableContext).Combine(hasRuntimeLibrary)
            .Select(static (input, _) => input.Right && input.Left.Left.Namespace is { } ns ? CodeTarget.For(ns, input.Left.Right) : null);

        // The one collected step sees only the records' cross-file facts (ids, references, completeness), so an edit to
        // anything else in a record, or to where it is written, leaves it cached. Without a namespace or the runtime
        // library nothing is generated; JLLM0301 or JLLM0303 says why.
        var index = parsedFiles
            .Select(static (file, _) => CatalogValidator.CrossFileFacts(file))
            .WithTrackingName(CrossFileFactsStep)
            .Collect()
            .Combine(target)
            .Select(static (input, _) => input.Right is { } codeTarget ? CatalogSpecBuilder.Index(CatalogValidator.Validate(input.Left), codeTarget) : null)
            .WithTrackingName(ValidateStep);

        // Each file's records are taken per file and grouped into the generated files by their ids' hashes; only then
        // does the index resolve them, per generated file. No per-file step depends on the index: a keystroke rebuilds
        // one file's records, regroups the catalog's records (a pass over one hash each) and resolves one group.
        var groups = parsedFiles
            .Select(static (file, _) => FileRecords.Of(file))
            .WithComparer(SameOrEqualComparer<FileRecords>.Instance)
            .WithTrackingName(FileRecordsStep)
            .Collect()
            .Select(static (files, _) => RecordGroups.Of(files))
            .WithTrackingName(RecordGroupsStep);

        var models = groups
            .SelectMany(static (groups, _) => groups.Models)
            .Combine(index)
            .SelectMany(static (input, _) => OneOrNone(input.Right is { } catalogIndex ? CatalogSpecBuilder.ModelFile(input.Left, catalogIndex) : null))
            .WithTrackingName(ModelFilesStep);
        var benchmarks = groups
            .SelectMany(static (groups, _) => groups.Benchmarks)
            .Combine(index)
            .SelectMany(static (input, _) => OneOrNone(input.Right is { } catalogIndex ? CatalogSpecBuilder.BenchmarkFile(input.Left, catalogIndex) : null))
            .WithTrackingName(BenchmarkFilesStep);
        var papers = groups
            .SelectMany(static (groups, _) => groups.Papers)
            .Combine(index)
            .SelectMany(static (input, _) => OneOrNone(input.Right is { } catalogIndex ? CatalogSpecBuilder.PaperFile(input.Left, catalogIndex) : null))
            .WithTrackingName(PaperFilesStep);
        var compiled = index.SelectMany(static (spec, _) => spec is null ? ImmutableArray<CatalogIndex>.Empty : ImmutableArray.Create(spec));
        var registries = compiled.Select(static (spec, _) => spec.Registries).WithTrackingName(RegistrySpecStep);
        var tables = compiled.Select(static (spec, _) => spec.Tables).WithTrackingName(TableSpecStep);

        context.RegisterSourceOutput(models, static (output, file) => output.AddSource(file.HintName, ModelEmitter.Emit(file)));
        context.RegisterSourceOutput(benchmarks, static (output, file) => output.AddSource(file.HintName, BenchmarkEmitter.Emit(file)));
        context.RegisterSourceOutput(papers, static (output, file) => output.AddSource(file.HintName, PaperEmitter.Emit(file)));
        context.RegisterSourceOutput(registries, static (output, spec) =>
        {
            foreach (var (hintName, source) in RegistryEmitter.Emit(spec))
            {
                output.AddSource(hintName, source);
            }
        });
        context.RegisterSourceOutput(tables, static (output, spec) =>
        {
            foreach (var (hintName, source) in TableEmitter.Emit(spec))
            {
                output.AddSource(hintName, source);
            }
        });
    }

    private static ImmutableArray<T> OneOrNone<T>(T? item)
        where T : class =>
        item is null ? ImmutableArray<T>.Empty : ImmutableArray.Create(item);
}
