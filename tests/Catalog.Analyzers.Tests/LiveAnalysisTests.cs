using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using JapaneseLlm.Catalog.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace JapaneseLlm.Catalog.Analyzers.Tests;

/// <summary>
/// What an editor does: a workspace project with the catalog as additional documents, one document edited,
/// and the analyzer diagnostics of that document asked for the way live analysis asks for them
/// (<see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(AdditionalText, CancellationToken)"/>).
/// </summary>
public sealed class LiveAnalysisTests
{
    private const string ProbePath = RuleCases.ProbePath;

    [Fact]
    public async Task An_edit_shows_the_new_problem_at_its_line_and_the_fix_removes_it()
    {
        using var workspace = new AdhocWorkspace();
        var (solution, probe) = Open(workspace, RuleCases.Probe().Text);
        Assert.Empty(await DiagnosticsOf(solution, probe));

        solution = solution.WithAdditionalDocumentText(probe, SourceText.From(RuleCases.Probe(year: "2999").Text));
        var finding = Assert.Single(await DiagnosticsOf(solution, probe));
        Assert.Equal(new Finding("JLLM0215", DiagnosticSeverity.Error, ProbePath, 5, 7), finding);

        solution = solution.WithAdditionalDocumentText(probe, SourceText.From(RuleCases.Probe(year: "2025").Text));
        Assert.Empty(await DiagnosticsOf(solution, probe));
    }

    [Fact]
    public async Task A_cross_file_problem_shows_in_the_edited_file_and_follows_an_edit_of_the_other_file()
    {
        using var workspace = new AdhocWorkspace();
        var (solution, probe) = Open(workspace, RuleCases.Probe().Text);

        // The edited model refers to a footnote that the registry, another file, does not define.
        solution = solution.WithAdditionalDocumentText(probe, SourceText.From(RuleCases.Probe(extra: "footnotes:\n  licenses: vendor-note").Text));
        Assert.Equal(new Finding("JLLM0103", DiagnosticSeverity.Error, ProbePath, 15, 13), Assert.Single(await DiagnosticsOf(solution, probe)));

        // Defining it in the registry clears the model's diagnostic without touching the model.
        var registry = solution.Projects.Single().AdditionalDocuments.Single(document => document.FilePath == "/catalog/registries/footnotes.yaml");
        var text = (await registry.GetTextAsync()).ToString() + "\n  - id: vendor-note\n    text: { ja: 注, en: Note, fr: Note }\n";
        solution = solution.WithAdditionalDocumentText(registry.Id, SourceText.From(text));
        Assert.Empty(await DiagnosticsOf(solution, probe));
    }

    private static (Solution Solution, DocumentId Probe) Open(AdhocWorkspace workspace, string probeText)
    {
        var projectId = ProjectId.CreateNewId();
        var analyzers = new AnalyzerImageReference(ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogFileAnalyzer()));
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), "Catalog", "Catalog", LanguageNames.CSharp, metadataReferences: Net100.References.All, analyzerReferences: [analyzers]))
            .AddDocument(DocumentId.CreateNewId(projectId), "Marker.cs", "namespace Probe; public static class Marker { }");
        DocumentId? probe = null;
        foreach (var file in SampleCatalog.Files().Append((ProbePath, probeText)))
        {
            var id = DocumentId.CreateNewId(projectId);
            solution = solution.AddAdditionalDocument(DocumentInfo.Create(id, Path.GetFileName(file.Item1), loader: TextLoader.From(TextAndVersion.Create(SourceText.From(file.Item2), VersionStamp.Create())), filePath: file.Item1));
            probe = file.Item1 == ProbePath ? id : probe;
        }

        Assert.True(workspace.TryApplyChanges(solution));
        return (workspace.CurrentSolution, probe!);
    }

    private static async Task<IReadOnlyList<Finding>> DiagnosticsOf(Solution solution, DocumentId documentId)
    {
        var project = solution.GetProject(documentId.ProjectId)!;
        var path = project.GetAdditionalDocument(documentId)!.FilePath;
        var analyzers = project.AnalyzerReferences.SelectMany(reference => reference.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        var compilation = (await project.GetCompilationAsync())!.WithAnalyzers(analyzers, project.AnalyzerOptions);
        var file = project.AnalyzerOptions.AdditionalFiles.Single(additional => additional.Path == path);
        var result = await compilation.GetAnalysisResultAsync(file, CancellationToken.None);
        return result.GetAllDiagnostics().Select(Finding.From).ToList();
    }
}
