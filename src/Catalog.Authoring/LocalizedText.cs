using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Authoring;

// The shape is the runtime's (src/Catalog/LocalizedText.cs, linked in); here its texts are the list's markdown. In YAML
// a text is either one scalar (the same in every language) or a mapping with ja, en and fr. What the tooling adds:
// value equality, since records holding texts are incremental-pipeline values and must compare by content.
public sealed partial class LocalizedText : IEquatable<LocalizedText>
{
    public static LocalizedText Same(string text) => new(text, text, text);

    public bool IsSameInEveryLanguage => Japanese == English && English == French;

    /// <summary>The text the list writes in <paramref name="language"/>, without falling back.</summary>
    public string? this[CatalogLanguage language] => WrittenIn(language);

    public static bool operator ==(LocalizedText? left, LocalizedText? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);

    public bool Equals(LocalizedText? other) =>
        other is not null
        && string.Equals(Japanese, other.Japanese, StringComparison.Ordinal)
        && string.Equals(English, other.English, StringComparison.Ordinal)
        && string.Equals(French, other.French, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode()
    {
        var comparer = EqualityComparer<string?>.Default;
        return unchecked((((comparer.GetHashCode(Japanese) * 31) + comparer.GetHashCode(English)) * 31) + comparer.GetHashCode(French));
    }
}
