using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

internal sealed record BenchmarkSpec(
    CodeTarget Target,
    int Index,
    string Identifier,
    BenchmarkRecord Record,
    EquatableArray<ReferenceSpec> Developers,
    EquatableArray<FootnoteAttachmentSpec> Footnotes);

internal sealed record PaperSpec(CodeTarget Target, int Index, string Identifier, PaperRecord Record);
