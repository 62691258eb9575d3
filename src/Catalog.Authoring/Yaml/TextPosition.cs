namespace JapaneseLlm.Catalog.Authoring.Yaml;

/// <summary>
/// Locates a character offset of a file's text by line and column, for problems found in the text before
/// YAML reads it. Lines end where both YamlDotNet and Roslyn end them: at \r\n, \r, \n, U+0085, U+2028 and U+2029.
/// </summary>
internal static class TextPosition
{
    public static SourceSpan Span(string text, int offset, int length)
    {
        var (line, column) = LineAndColumn(text, offset);
        var (endLine, endColumn) = LineAndColumn(text, offset + length);
        return new SourceSpan(offset, length, line, column, endLine, endColumn);
    }

    private static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var position = 0; position < offset && position < text.Length; position++)
        {
            var character = text[position];
            var crlf = character == '\r' && position + 1 < text.Length && text[position + 1] == '\n';
            if (!crlf && character is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                line++;
                lineStart = position + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
