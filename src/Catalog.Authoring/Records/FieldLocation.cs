namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>
/// Where one key of an entry and its value are written, by path within the entry (<c>name</c>,
/// <c>name.ja</c>, <c>variants[2].hf</c>, <c>footnotes.licenses[0]</c>). Content rules locate their
/// findings through these, so a diagnostic points at the offending key or value.
/// </summary>
public readonly record struct FieldLocation(string Path, SourceSpan KeySpan, SourceSpan ValueSpan);

/// <summary>A finding of one rule that a record accepts on purpose, with the reason written next to it.</summary>
public readonly record struct RuleSuppression(string RuleId, string Reason);
