namespace JapaneseLlm.Catalog.Authoring;

/// <summary>
/// Where something sits in a catalog file: a character offset and length, and the 1-based line and
/// column of its start and end, as editors and MSBuild show them. A value, so models holding it stay equatable.
/// </summary>
public readonly record struct SourceSpan(int Offset, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static readonly SourceSpan FileStart = new(0, 0, 1, 1, 1, 1);

    public override string ToString() => $"({Line},{Column})";
}
