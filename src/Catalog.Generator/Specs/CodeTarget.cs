namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>
/// Where and for which compiler the code is generated: the namespace; the class every generated class is nested in
/// (<see langword="null"/> for the bundled catalog); and whether the consumer's language version has nullable
/// reference types (C# 8). A netstandard2.0 project compiles at C# 7.3 by default, where <c>#nullable</c> is an
/// error (CS8370); from C# 8 on, the directive gives the generated API its annotations.
/// </summary>
/// <remarks>
/// A project's catalog is nested in <c>GeneratedCatalog</c> because a project that imports both its catalog's
/// namespace and <c>JapaneseLlm.Catalog</c> (for <c>Model</c>, <c>License</c>, …) would otherwise see two
/// <c>Models</c> classes and get CS0104 on every use: <c>GeneratedCatalog.Models.X</c> is never ambiguous.
/// </remarks>
internal sealed record CodeTarget(string Namespace, string? ContainingClass, bool HasNullableContext)
{
    /// <summary>The class a project's catalog is nested in.</summary>
    public const string ProjectCatalogClass = "GeneratedCatalog";

    public static CodeTarget For(string ns, bool hasNullableContext) =>
        new(ns, ns == CatalogNamespace.Default ? null : ProjectCatalogClass, hasNullableContext);

    public bool IsBundledCatalog => ContainingClass is null;
}
