using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// The link targets written inside a text's markdown, wherever CommonMark makes a link of them: inline links
/// (<c>[x](target)</c>, also across what a writer puts between), autolinks (<c>&lt;scheme:…&gt;</c>), reference
/// definitions (<c>[x]: target</c>) and raw HTML attributes (<c>href=</c>, <c>src=</c>). Targets are decoded as a
/// markdown reader decodes them (backslash escapes, character references), so <c>&amp;#106;avascript:</c> reads as
/// what a browser would follow.
/// </summary>
public static class InlineLinks
{
    private static readonly Regex Autolink = new(@"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*)>", RegexOptions.CultureInvariant);
    private static readonly Regex Definition = new(@"(?m)^ {0,3}\[[^\]]+\]:[ \t]*<?([^\s>]+)", RegexOptions.CultureInvariant);
    private static readonly Regex HtmlAttribute = new(@"(?i)\b(?:href|src|action|formaction)\s*=\s*[""']?\s*([^""'\s>]+)", RegexOptions.CultureInvariant);
    private static readonly Regex Scheme = new(@"^([A-Za-z][A-Za-z0-9+.\-]{1,31}):", RegexOptions.CultureInvariant);

    /// <summary>Every link target in <paramref name="text"/>, decoded.</summary>
    public static IEnumerable<string> Targets(string text)
    {
        for (var start = text.IndexOf("](", StringComparison.Ordinal); start >= 0; start = text.IndexOf("](", start + 2, StringComparison.Ordinal))
        {
            yield return Decode(InlineTarget(text, start + 2));
        }

        foreach (var regex in new[] { Autolink, Definition, HtmlAttribute })
        {
            foreach (Match match in regex.Matches(text))
            {
                yield return Decode(match.Groups[1].Value);
            }
        }
    }

    /// <summary>What is wrong with a link target in a text: a scheme other than http, https or mailto; else null.</summary>
    public static string? Problem(string target)
    {
        var scheme = Scheme.Match(target.Trim());
        if (!scheme.Success)
        {
            // A relative link (#anchor, ./en/) stays on the page.
            return null;
        }

        var name = scheme.Groups[1].Value.ToLowerInvariant();
        return name is "http" or "https" or "mailto" ? null : $"'{name}:' links must not be written in a text; link with https://";
    }

    /// <summary>The inline link destination that starts at <paramref name="index"/>, as CommonMark reads it.</summary>
    private static string InlineTarget(string text, int index)
    {
        while (index < text.Length && (text[index] == ' ' || text[index] == '\t' || text[index] == '\n' || text[index] == '\r'))
        {
            index++;
        }

        if (index < text.Length && text[index] == '<')
        {
            var close = text.IndexOf('>', index + 1);
            return close < 0 ? text.Substring(index + 1) : text.Substring(index + 1, close - index - 1);
        }

        var builder = new StringBuilder();
        var depth = 0;
        for (; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '\\' && index + 1 < text.Length)
            {
                builder.Append(character).Append(text[++index]);
                continue;
            }

            if (char.IsWhiteSpace(character) || char.IsControl(character) || (character == ')' && depth == 0))
            {
                break;
            }

            depth += character == '(' ? 1 : character == ')' ? -1 : 0;
            builder.Append(character);
        }

        return builder.ToString();
    }

    private static string Decode(string target)
    {
        var unescaped = new StringBuilder(target.Length);
        for (var index = 0; index < target.Length; index++)
        {
            if (target[index] == '\\' && index + 1 < target.Length && char.IsPunctuation(target[index + 1]) | char.IsSymbol(target[index + 1]))
            {
                index++;
            }

            unescaped.Append(target[index]);
        }

        return WebUtility.HtmlDecode(unescaped.ToString());
    }
}
