using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// Every text the runtime hands out is plain (issue 14), and so is every text the YAML stores: the list's markup is
/// written by <c>jllm render</c> from structure (links, variant sizes, training amounts). The walk reflects over the
/// public properties of every entry kind, so a text field added later is covered too.
/// </summary>
public sealed class PlainTextTests
{
    private static readonly Regex Markup = new(@"\*\*|<br\s*/?>|\]\(|\[\^[^\]\s]+\]|\\[!-/:-@\[-`{-~]|&#?[A-Za-z0-9]+;", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [Fact]
    public void No_runtime_string_holds_markdown_or_html()
    {
        var texts = RuntimeTexts().ToList();
        var offending = texts.Where(text => Markup.IsMatch(text.Value)).Select(text => $"{text.Path} = {text.Value}").ToList();
        Assert.True(texts.Count > 5000, $"the walk found only {texts.Count} texts");
        Assert.Empty(offending);
    }

    [Fact]
    public void A_family_the_list_names_by_its_linked_repositories_has_them_as_variants()
    {
        var reranker = JapaneseLlmCatalog.FindByHuggingFaceId("hotchpotch/japanese-reranker-cross-encoder-small-v1");
        Assert.NotNull(reranker);
        Assert.Equal(5, reranker.Variants.Count);
        Assert.Equal(reranker.Variants.Select(variant => variant.HuggingFaceId), reranker.Name.English.Split('\n'));
        Assert.DoesNotContain(JapaneseLlmCatalog.Models, model => model.Url is null && model.Variants.Count == 0 && model.Name.English.Contains('\n'));
    }

    [Fact]
    public void No_text_of_the_committed_yaml_stores_the_lists_markup()
    {
        var entries = CommittedCatalog.Files.SelectMany(file => file.Entries).Where(entry => entry is not Authoring.Records.SectionEntry).ToList();
        var texts = entries.SelectMany(entry => Authoring.Rules.EntryTexts.Of(entry).SelectMany(text => new[] { text.Text.Japanese, text.Text.English, text.Text.French }.OfType<string>().Select(value => (Where: $"{entry.Id} {text.Key}", Value: value))))
            .Concat(entries.OfType<Authoring.Records.ModelRecord>().SelectMany(model => model.Variants.Select(variant => (Where: $"{model.Id} label", Value: variant.Label))))
            .ToList();
        var listMarkup = new Regex(@"\*\*|<br\s*/?>|\]\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        Assert.True(texts.Count > 3000, $"only {texts.Count} texts");
        Assert.Empty(texts.Where(text => listMarkup.IsMatch(text.Value)).Select(text => $"{text.Where} = {text.Value}"));
        Assert.Contains(entries, entry => !entry.Links.IsEmpty);
    }

    /// <summary>
    /// Text properties no entry of the catalog sets yet, so the walk cannot reach them: no model is withdrawn
    /// (WithdrawnModelTests checks that a withdrawal's reason reaches the runtime as plain text).
    /// </summary>
    private static readonly string[] NoValueInTheCatalog = ["Model.WithdrawnReason"];

    [Fact]
    public void The_walk_reaches_every_text_property_of_every_entry_kind()
    {
        var reached = RuntimeTexts().Select(text => text.Property).ToHashSet();
        var declared = typeof(Model).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == typeof(Model).Namespace)
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(property => IsText(property.PropertyType) && IsEntryPart(property.DeclaringType!))
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}");
        Assert.Empty(declared.Except(reached).Except(NoValueInTheCatalog));
    }

    [Fact]
    public void A_line_break_of_the_list_is_a_line_feed_and_a_list_of_linked_names_is_one_name_a_line()
    {
        var texts = RuntimeTexts().ToList();
        Assert.Contains(texts, text => text.Property == "Model.TrainingData" && text.Value.Contains('\n'));
        var linkedNames = JapaneseLlmCatalog.Models.Where(model => model.Name.English.Contains('\n')).ToList();
        Assert.NotEmpty(linkedNames);
        Assert.All(linkedNames, model => Assert.All(model.Name.English.Split('\n'), line => Assert.Equal(line.Trim(), line)));
    }

    private static IEnumerable<(string Property, string Path, string Value)> RuntimeTexts()
    {
        var catalog = JapaneseLlmCatalog.Instance;
        var entries = catalog.Models.Cast<object>().Concat(catalog.Benchmarks).Concat(catalog.Papers).Concat(catalog.Developers)
            .Concat(catalog.Licenses).Concat(catalog.Datasets).Concat(catalog.Footnotes);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return entries.SelectMany(entry => Walk(entry, entry.ToString() ?? "", visited));
    }

    private static IEnumerable<(string Property, string Path, string Value)> Walk(object value, string path, HashSet<object> visited)
    {
        if (!visited.Add(value))
        {
            yield break;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var name = $"{property.DeclaringType!.Name}.{property.Name}";
            var content = property.GetValue(value);
            foreach (var text in Texts(content))
            {
                yield return (name, $"{path} {name}", text);
            }

            var parts = content is IEnumerable items and not string ? items.Cast<object?>() : new[] { content };
            foreach (var part in parts.Where(part => part is not null && IsEntryPart(part.GetType())))
            {
                foreach (var text in Walk(part!, $"{path} {name}", visited))
                {
                    yield return text;
                }
            }
        }
    }

    private static IEnumerable<string> Texts(object? content) => content switch
    {
        string text => new[] { text },
        LocalizedText text => new[] { text.Japanese, text.English, text.French }.OfType<string>(),
        LocalizedName name => new[] { name.Japanese, name.English, name.French },
        IEnumerable<string> strings => strings,
        _ => Array.Empty<string>(),
    };

    private static bool IsText(Type type) =>
        type == typeof(string) || type == typeof(LocalizedText) || type == typeof(LocalizedName) || typeof(IEnumerable<string>).IsAssignableFrom(type);

    /// <summary>A class of the runtime's that makes up entries (a model, its variants, a footnote …), not a text itself.</summary>
    private static bool IsEntryPart(Type type) =>
        type.Assembly == typeof(Model).Assembly && type.IsClass && !typeof(Attribute).IsAssignableFrom(type) && type != typeof(LocalizedText) && type != typeof(LocalizedName) && type != typeof(LlmCatalog);
}
