using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace JapaneseLlm.Catalog.UsageAnalyzers;

/// <summary>
/// Reports a reference to a catalog model whose license forbids or restricts commercial use, or that
/// carries the OpenAI-terms caveat. The facts come from the <c>ModelUsage</c> attribute the generator puts
/// on each <c>Models</c> member, so there is no second copy of the data to drift.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelUsageAnalyzer : DiagnosticAnalyzer
{
    private const string AttributeName = "JapaneseLlm.Catalog.ModelUsageAttribute";

    // Mirrors JapaneseLlm.Catalog.CommercialUse; the analyzer cannot reference the runtime library.
    private const int Conditional = 2;
    private const int NotAllowed = 3;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        UsageDescriptors.NonCommercialLicense, UsageDescriptors.ConditionalLicense, UsageDescriptors.OpenAiTermsCaveat);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(AttributeName) is { } attributeType)
            {
                start.RegisterOperationAction(operation => AnalyzeReference(operation, attributeType), OperationKind.PropertyReference);
            }
        });
    }

    private static void AnalyzeReference(OperationAnalysisContext context, INamedTypeSymbol attributeType)
    {
        var property = ((IPropertyReferenceOperation)context.Operation).Property;
        foreach (var attribute in property.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType) || attribute.ConstructorArguments.Length != 1)
            {
                continue;
            }

            var location = context.Operation.Syntax.GetLocation();
            var name = property.ContainingType.Name + "." + property.Name;
            var licenses = NamedArgument(attribute, "Licenses") as string ?? "its license";
            var commercialUse = attribute.ConstructorArguments[0].Value is int value ? value : -1;
            if (commercialUse == NotAllowed)
            {
                context.ReportDiagnostic(Diagnostic.Create(UsageDescriptors.NonCommercialLicense, location, name, licenses));
            }
            else if (commercialUse == Conditional)
            {
                context.ReportDiagnostic(Diagnostic.Create(UsageDescriptors.ConditionalLicense, location, name, licenses));
            }

            if (NamedArgument(attribute, "OpenAiTermsCaveat") is true)
            {
                context.ReportDiagnostic(Diagnostic.Create(UsageDescriptors.OpenAiTermsCaveat, location, name));
            }
        }
    }

    private static object? NamedArgument(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }
}
