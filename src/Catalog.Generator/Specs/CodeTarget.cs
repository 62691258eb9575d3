namespace JapaneseLlm.Catalog.Generator.Specs;

/// <summary>
/// Where and for which compiler the code is generated: the namespace, and whether the consumer's language version
/// has nullable reference types (C# 8). A netstandard2.0 project compiles at C# 7.3 by default, where
/// <c>#nullable</c> is an error (CS8370); from C# 8 on, the directive gives the generated API its annotations.
/// </summary>
internal sealed record CodeTarget(string Namespace, bool HasNullableContext);
