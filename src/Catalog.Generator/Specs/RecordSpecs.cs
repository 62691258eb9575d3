using JapaneseLlm.Catalog.Model;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

internal sealed record BenchmarkSpec(
    string Namespace,
    int Index,
    string Identifier,
    BenchmarkRecord Record,
    EquatableArray<ReferenceSpec> Developers,
    EquatableArray<FootnoteAttachmentSpec> Footnotes);

internal sealed record PaperSpec(string Namespace, int Index, string Identifier, PaperRecord Record);
