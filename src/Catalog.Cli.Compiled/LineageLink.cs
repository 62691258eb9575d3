namespace JapaneseLlm.Catalog.Cli.Compiled;

/// <summary>
/// A base as the runtime resolved it, in the JSON contract's spellings: <see cref="Kind"/> is <c>model</c>,
/// <c>base-model</c> or null (a base that did not compile); <see cref="Relation"/> is null where none is stated.
/// </summary>
public sealed record LineageLink(string Id, string? Kind, string? Relation);
