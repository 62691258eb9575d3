using System;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>An entry with the C# name it is emitted under.</summary>
internal sealed record Named<T>(string Identifier, T Entry)
    where T : IEquatable<T>;

internal sealed record RegistrySpec(
    CodeTarget Target,
    EquatableArray<Named<DeveloperEntry>> Developers,
    EquatableArray<Named<LicenseEntry>> Licenses,
    EquatableArray<Named<DatasetEntry>> Datasets,
    EquatableArray<Named<FootnoteEntry>> Footnotes,
    EquatableArray<Named<SectionEntry>> Sections,
    EquatableArray<Named<BaseModelEntry>> BaseModels);
