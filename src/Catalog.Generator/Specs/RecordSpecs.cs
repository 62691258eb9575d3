using JapaneseLlm.Catalog.Model;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

internal sealed record BenchmarkSpec(
    string Namespace,
    int Index,
    string Identifier,
    BenchmarkRecord Record,
    EquatableArray<ReferenceSpec> Developers,
    EquatableArray<FootnoteAttachmentSpec> Footnotes)
{
    public string HintName => $"Benchmarks.{Identifier}.g.cs";
}

internal sealed record PaperSpec(string Namespace, int Index, string Identifier, PaperRecord Record)
{
    public string HintName => $"Papers.{Identifier}.g.cs";
}
