using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Reads developer cells: organisations separated by commas, or <c>個人 (name, name)</c> for individuals (the
/// word in any spelling the vocabulary registry gives)
/// (names may link to a profile). The Japanese cell decides how many developers there are; the other
/// languages are paired with it part by part when they split into as many parts.
/// </summary>
internal static class DeveloperCellParser
{
    /// <summary>A word, then names in parentheses: individuals where the word is one of the vocabulary's spellings of <see cref="ListWords.Individual"/>.</summary>
    private static readonly Regex WordThenNames = new(@"^(?<word>[^(]+?)\s*\((?<names>.*)\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static List<DeveloperMention> Parse(PerLanguage<string> cells, RowOrigin origin, ImportReport report, ListWords words)
    {
        var parts = cells.Select(cell => Split(cell, words));
        var master = parts.Ja;
        var mentions = new List<DeveloperMention>();
        if (master.Count == 0)
        {
            if (cells.Ja.Length > 0)
            {
                report.Problem(origin.File, origin.Line, $"developers: cannot read the developer cell '{cells.Ja}'");
            }

            return mentions;
        }

        foreach (var language in new[] { CatalogLanguage.English, CatalogLanguage.French })
        {
            if (parts[language].Count != master.Count && !(master.Count == 1 && !master[0].Individual))
            {
                report.Note(origin.Files[language], origin.Lines[language], $"developers: '{cells[language]}' names {parts[language].Count} developer(s) where the Japanese cell names {master.Count}; the registry keeps the Japanese cell's developers");
            }
        }

        // One developer in Japanese: the whole cell is its name in every language, commas and all.
        string? NameIn(List<(string Name, string? Url, bool Individual)> other, string cell, int index) =>
            other.Count == master.Count ? other[index].Name : master.Count == 1 && !master[0].Individual ? cell.Trim() : null;

        for (var index = 0; index < master.Count; index++)
        {
            var names = new PerLanguage<string?>(master[index].Name, NameIn(parts.En, cells.En, index), NameIn(parts.Fr, cells.Fr, index));
            var individual = master[index].Individual;
            var key = (individual ? "individual:" : "organisation:") + (individual && master[index].Url is not null ? master[index].Url : master[index].Name);
            mentions.Add(new DeveloperMention(key, names, master[index].Url, individual));
        }

        return mentions;
    }

    private static List<(string Name, string? Url, bool Individual)> Split(string cell, ListWords words)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return new List<(string, string?, bool)>();
        }

        var individual = WordThenNames.Match(text);
        if (individual.Success && words.Matches(ListWords.Individual, individual.Groups["word"].Value))
        {
            return SplitTopLevel(individual.Groups["names"].Value).Select(part =>
            {
                var link = InlineSyntax.WholeLink(part);
                return link is null ? (part.Trim(), (string?)null, true) : (link.Text, link.Url, true);
            }).ToList();
        }

        return SplitTopLevel(text).Select(part => (part.Trim(), (string?)null, false)).ToList();
    }

    /// <summary>Splits at ", " outside parentheses and brackets, so "Megagon Labs (Recruit Co.,Ltd.)" stays whole.</summary>
    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '（':
                    depth++;
                    break;
                case ')' or ']' or '）':
                    depth--;
                    break;
                case ',' when depth == 0 && i + 1 < text.Length && text[i + 1] == ' ':
                    parts.Add(text.Substring(start, i - start));
                    start = i + 2;
                    break;
            }
        }

        parts.Add(text.Substring(start));
        return parts.Where(part => part.Trim().Length > 0).ToList();
    }
}
