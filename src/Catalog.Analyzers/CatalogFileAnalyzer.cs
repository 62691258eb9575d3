using System.Collections.Immutable;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace JapaneseLlm.Catalog.Analyzers;

/// <summary>
/// Reports every problem of the catalog's YAML files at its line and column: per-file problems from the
/// shared parser, cross-file problems from the shared validator. Runs per additional file, so the IDE
/// shows them live while an entry is edited.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var session = new CatalogSession(start.Options.AdditionalFiles, start.CancellationToken);
            start.RegisterAdditionalFileAction(fileContext => AnalyzeFile(fileContext, session));
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, CatalogSession session)
    {
        var path = context.AdditionalFile.Path;
        if (!CatalogFiles.IsCatalogFile(path) || AdditionalFileParser.Parse(context.AdditionalFile, context.CancellationToken) is not { } parsed)
        {
            return;
        }

        foreach (var diagnostic in parsed.Diagnostics)
        {
            context.ReportDiagnostic(ToRoslyn(diagnostic));
        }

        foreach (var diagnostic in session.CrossFileDiagnosticsFor(path))
        {
            context.ReportDiagnostic(ToRoslyn(diagnostic));
        }
    }

    internal static Diagnostic ToRoslyn(CatalogDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = Location.Create(
            diagnostic.Path,
            new TextSpan(span.Offset, span.Length),
            new LinePositionSpan(new LinePosition(span.Line - 1, span.Column - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));
        return Diagnostic.Create(DiagnosticDescriptors.ById[diagnostic.RuleId], location, diagnostic.Message);
    }
}
