using System;
using System.Collections.Generic;
using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// The links of catalog entries and what makes one unsafe to write. JLLM0214 reports them; jllm's writers use the
/// same test to leave an unsafe link out of every output even where the finding is suppressed (issue 17).
/// </summary>
public static class EntryLinks
{
    /// <summary>What is wrong with a link, or null for an absolute http(s) URL without spaces or markup around it.</summary>
    public static string? Problem(string url)
    {
        if (url.Trim().Length != url.Length || url.IndexOfAny(new[] { ' ', '\t', '<', '>', '"' }) >= 0)
        {
            return "remove the spaces or markup around and inside it";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return "write the full link, starting with https://";
        }

        return uri.Scheme is "http" or "https" ? null : $"'{uri.Scheme}:' links do not open from the list; use an https:// link";
    }

    /// <summary>Whether jllm may write the link: there is one, and <see cref="Problem"/> finds nothing wrong with it.</summary>
    public static bool IsWritable(string? url) => url is not null && Problem(url) is null;

    /// <summary>Every link an entry holds, with the key path it is written at.</summary>
    public static IEnumerable<(string Path, string Url)> Of(CatalogEntry entry)
    {
        var links = new List<(string, string?)>();
        switch (entry)
        {
            case ModelRecord model:
                AddLocalized(links, model.Url, model.LocalizedUrl);
                for (var index = 0; index < model.Variants.Count; index++)
                {
                    links.Add((string.Format(CultureInfo.InvariantCulture, "variants[{0}].url", index), model.Variants[index].Url));
                }

                AddTextLinks(links, model.Links);
                break;
            case BenchmarkRecord benchmark:
                AddLocalized(links, benchmark.Url, benchmark.LocalizedUrl);
                AddTextLinks(links, benchmark.Links);
                break;
            case PaperRecord paper:
                links.Add(("url", paper.Url));
                break;
            case DeveloperEntry developer:
                links.Add(("url", developer.Url));
                break;
            case LicenseEntry license:
                links.Add(("url", license.Url));
                break;
            case DatasetEntry dataset:
                links.Add(("url", dataset.Url));
                links.Add(("generated_by_source", dataset.GeneratedBySource));
                break;
        }

        foreach (var (path, url) in links)
        {
            if (url is not null)
            {
                yield return (path, url);
            }
        }
    }

    /// <summary>Every link target written inside an entry's texts, with the key of the text, in every language.</summary>
    public static IEnumerable<(string Path, string Url)> InTexts(CatalogEntry entry)
    {
        foreach (var text in EntryTexts.Of(entry))
        {
            foreach (var language in Describe.Languages)
            {
                if (text.Text[language] is { } written && (written.IndexOf('(') >= 0 || written.IndexOf('<') >= 0 || written.IndexOf(':') >= 0))
                {
                    foreach (var target in InlineLinks.Targets(written))
                    {
                        yield return (text.Key, target);
                    }
                }
            }
        }
    }

    /// <summary>Every link of an entry that must not be written, with its key and what is wrong with it.</summary>
    public static IEnumerable<(string Path, string Url, string Problem)> Unsafe(CatalogEntry entry)
    {
        foreach (var (path, url) in Of(entry))
        {
            if (Problem(url) is { } problem)
            {
                yield return (path, url, problem);
            }
        }

        foreach (var (path, url) in InTexts(entry))
        {
            if (InlineLinks.Problem(url) is { } problem)
            {
                yield return (path, url, problem);
            }
        }
    }

    private static void AddTextLinks(List<(string, string?)> links, EquatableArray<TextLink> textLinks)
    {
        for (var index = 0; index < textLinks.Count; index++)
        {
            if (textLinks[index].IsAnchor)
            {
                continue;
            }

            links.Add((string.Format(CultureInfo.InvariantCulture, "links[{0}].url", index), textLinks[index].Url));
        }
    }

    private static void AddLocalized(List<(string, string?)> links, string? url, LocalizedText? perLanguage)
    {
        if (perLanguage is null)
        {
            links.Add(("url", url));
            return;
        }

        foreach (var language in Describe.Languages)
        {
            links.Add(("url." + Describe.Code(language), perLanguage[language]));
        }
    }
}
