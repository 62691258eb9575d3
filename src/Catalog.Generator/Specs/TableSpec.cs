using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>
/// The index tables: which factory builds record <c>i</c>, and which Hugging Face id leads to which model.
/// Only ids and names, so editing a record's facts leaves this spec unchanged and its output cached.
/// </summary>
internal sealed record TableSpec(
    CodeTarget Target,
    EquatableArray<TableEntry> Models,
    EquatableArray<TableEntry> Benchmarks,
    EquatableArray<TableEntry> Papers,
    EquatableArray<HuggingFaceEntry> HuggingFaceIds);

internal sealed record TableEntry(string Id, string Identifier);

internal sealed record HuggingFaceEntry(string RepoId, int ModelIndex, int VariantIndex);
