using System.Text;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// Writes C# line by line with tracked indentation. Lines always end in "\n" so that output is the same
/// bytes on every OS.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int indentation;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', indentation * 4);
            builder.Append(text);
        }

        builder.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        indentation++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        indentation--;
        return Line("}" + suffix);
    }

    public SourceWriter Indent()
    {
        indentation++;
        return this;
    }

    public SourceWriter Unindent()
    {
        indentation--;
        return this;
    }

    /// <summary>Writes a <c>///</c> doc comment element, one comment line per text line.</summary>
    public SourceWriter Doc(string element, string text)
    {
        Line($"/// <{element}>");
        foreach (var line in CSharpText.DocLines(text))
        {
            Line("/// " + line);
        }

        return Line($"/// </{element}>");
    }

    public override string ToString() => builder.ToString();
}
