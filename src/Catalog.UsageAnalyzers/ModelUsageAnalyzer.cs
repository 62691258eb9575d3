using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace JapaneseLlm.Catalog.UsageAnalyzers;

/// <summary>
/// Reports a use of a catalog model whose license forbids or restricts commercial use, or that carries the
/// OpenAI-terms caveat: a reference to its <c>Models</c> member or to one of its <c>HuggingFaceIds</c> constants
/// (in code, a const, a <c>case</c> or an attribute argument), and a look-up by a literal id
/// (<c>FindModel("…")</c>, <c>FindByHuggingFaceId("…")</c>, <c>TryFindVariant("…", …)</c>), which is how products
/// name models. <c>nameof</c> uses nothing and is not reported. The facts come from the <c>ModelUsage</c> attribute
/// the generator puts on each member and constant, so there is no second copy of the data to drift. The severity
/// follows the use the project declares (<see cref="CatalogUsagePolicy"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelUsageAnalyzer : DiagnosticAnalyzer
{
    private const string AttributeName = "JapaneseLlm.Catalog.ModelUsageAttribute";

    // Mirrors JapaneseLlm.Catalog.CommercialUse; the analyzer cannot reference the runtime library.
    private const int Conditional = 2;
    private const int NotAllowed = 3;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        UsageDescriptors.NonCommercialLicense, UsageDescriptors.ConditionalLicense, UsageDescriptors.OpenAiTermsCaveat, UsageDescriptors.UnknownUsage);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(AttributeName) is not { } attributeType)
            {
                return;
            }

            var declaredUsage = CatalogUsagePolicy.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out var unknownValue);
            if (unknownValue is not null)
            {
                start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(UsageDescriptors.UnknownUsage, Location.None, unknownValue)));
            }

            var literalIds = new LiteralIdIndex(start.Compilation, attributeType);
            start.RegisterOperationAction(operation => AnalyzeMemberReference(operation, attributeType, declaredUsage), OperationKind.PropertyReference, OperationKind.FieldReference);
            start.RegisterOperationAction(operation => AnalyzeLookUp(operation, literalIds, declaredUsage), OperationKind.Invocation);
        });
    }

    private static void AnalyzeMemberReference(OperationAnalysisContext context, INamedTypeSymbol attributeType, CatalogUsage declaredUsage)
    {
        var member = context.Operation switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (member is null || IsInNameOf(context.Operation) || UsageOf(member, attributeType) is not { } usage)
        {
            return;
        }

        Report(context, declaredUsage, usage, member.ContainingType.Name + "." + member.Name);
    }

    private static void AnalyzeLookUp(OperationAnalysisContext context, LiteralIdIndex literalIds, CatalogUsage declaredUsage)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Arguments.Length == 0 || IsInNameOf(invocation)
            || invocation.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string id }
            || literalIds.Find(invocation.TargetMethod, id) is not { } usage)
        {
            return;
        }

        Report(context, declaredUsage, usage, id);
    }

    private static void Report(OperationAnalysisContext context, CatalogUsage declaredUsage, AttributeData usage, string name)
    {
        void ReportRule(DiagnosticDescriptor rule, Location location, params object[] arguments) =>
            context.ReportDiagnostic(Diagnostic.Create(rule, location, CatalogUsagePolicy.SeverityOf(rule, declaredUsage), null, null, arguments));

        var location = context.Operation.Syntax.GetLocation();
        var licenses = NamedArgument(usage, "Licenses") as string ?? "its license";
        var commercialUse = usage.ConstructorArguments[0].Value is int value ? value : -1;
        if (commercialUse == NotAllowed)
        {
            ReportRule(UsageDescriptors.NonCommercialLicense, location, name, licenses);
        }
        else if (commercialUse == Conditional)
        {
            ReportRule(UsageDescriptors.ConditionalLicense, location, name, licenses);
        }

        if (NamedArgument(usage, "OpenAiTermsCaveat") is true)
        {
            ReportRule(UsageDescriptors.OpenAiTermsCaveat, location, name);
        }
    }

    /// <summary>The member's usage attribute, or <see langword="null"/> when it has none.</summary>
    internal static AttributeData? UsageOf(ISymbol member, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in member.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType) && attribute.ConstructorArguments.Length == 1)
            {
                return attribute;
            }
        }

        return null;
    }

    internal static object? NamedArgument(AttributeData attribute, string name)
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

    private static bool IsInNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }
}
