using System.Linq;

namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>
/// A phrase of one of an entry's texts (<paramref name="Field"/>: <c>training_data</c>, <c>description</c>, …) and the page it refers to: how the catalog keeps what the list writes as
/// <c>[phrase](url)</c> inside a cell, so that the texts stay plain and the renderer links the phrase again.
/// </summary>
public readonly record struct TextLink(string Field, string Text, string Url)
{
    /// <summary>Whether the link goes to a row of the rendered list itself (<c>#jglue</c>), not to another page.</summary>
    public bool IsAnchor => Url.Length > 1 && Url[0] == '#' && Url.Substring(1).All(character => character is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');
}
