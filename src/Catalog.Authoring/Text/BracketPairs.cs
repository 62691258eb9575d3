using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Authoring.Text;

/// <summary>
/// Where each <c>[</c> and <c>(</c> of a text closes, found in one pass (a backslash escapes the next character):
/// a link reader that asks here reads a text of many unclosed brackets in linear time. Scanning ahead from each
/// bracket instead took 48 s on half a megabyte of <c>[\]</c> (tests/Catalog.Robustness.Tests/PlainTextTimingTests.cs).
/// </summary>
public sealed class BracketPairs
{
    private readonly int[] closing;

    /// <summary>Pairs the brackets and parentheses of <paramref name="text"/>.</summary>
    public BracketPairs(string text)
    {
        closing = new int[text.Length];
        var brackets = new Stack<int>();
        var parentheses = new Stack<int>();
        for (var index = 0; index < text.Length; index++)
        {
            closing[index] = -1;
            switch (text[index])
            {
                case '\\':
                    if (index + 1 < text.Length)
                    {
                        closing[++index] = -1;
                    }

                    break;
                case '[':
                    brackets.Push(index);
                    break;
                case '(':
                    parentheses.Push(index);
                    break;
                case ']' when brackets.Count > 0:
                    closing[brackets.Pop()] = index;
                    break;
                case ')' when parentheses.Count > 0:
                    closing[parentheses.Pop()] = index;
                    break;
            }
        }
    }

    /// <summary>The index of the <c>]</c> or <c>)</c> that closes the bracket at <paramref name="open"/>, or -1.</summary>
    public int Closing(int open) => closing[open];
}
