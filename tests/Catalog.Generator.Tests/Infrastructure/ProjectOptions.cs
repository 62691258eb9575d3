using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace JapaneseLlm.Catalog.Tests.Infrastructure;

/// <summary>Analyzer config options with only global values, as MSBuild passes <c>CompilerVisibleProperty</c> items (<c>build_property.Name</c>).</summary>
internal sealed class ProjectOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

    public static ProjectOptions Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

    public static ProjectOptions Of(string key, string value) => new(ImmutableDictionary<string, string>.Empty.Add(key, value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ImmutableDictionary<string, string>.Empty);

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
