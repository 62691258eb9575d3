using System.Collections.Generic;
using System.Globalization;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>A text of an entry with the YAML key it is written under (<c>training_data</c>, <c>developers_text</c>, …).</summary>
public sealed record EntryText(string Key, LocalizedText Text, bool IsOverride);

/// <summary>
/// Every localized text an entry shows, so text rules (translations, bullet lists, inline footnote markers)
/// cover all kinds alike. Overrides (<c>&lt;field&gt;_text</c>) name only the languages they change.
/// </summary>
public static class EntryTexts
{
    private static readonly EntryMemo<IReadOnlyList<EntryText>> Texts = new(Collect);

    public static IReadOnlyList<EntryText> Of(CatalogEntry entry) => Texts.Of(entry);

    private static IReadOnlyList<EntryText> Collect(CatalogEntry entry)
    {
        var texts = new List<EntryText>();
        switch (entry)
        {
            case ModelRecord model:
                Add(texts, "name", model.Name);
                Add(texts, "domain", model.Domain);
                Add(texts, "architecture", model.Architecture);
                Add(texts, "base_model", model.BaseModel);
                Add(texts, "training_data", model.TrainingData);
                Add(texts, "platform", model.Platform);
                AddOverrides(texts, model.DisplayTexts);
                break;
            case BenchmarkRecord benchmark:
                Add(texts, "name", benchmark.Name);
                Add(texts, "description", benchmark.Description);
                AddOverrides(texts, benchmark.DisplayTexts);
                break;
            case PaperRecord paper:
                Add(texts, "name", paper.Name);
                break;
            case DeveloperEntry developer:
                Add(texts, "name", developer.Name);
                break;
            case LicenseEntry license:
                Add(texts, "name", license.Name);
                break;
            case DatasetEntry dataset:
                Add(texts, "name", dataset.Name);
                break;
            case FootnoteEntry footnote:
                Add(texts, "text", footnote.Text);
                break;
            case SectionEntry section:
                Add(texts, "heading", section.Heading);
                Add(texts, "intro", section.Intro);
                Add(texts, "outro", section.Outro);
                for (var index = 0; index < section.Columns.Count; index++)
                {
                    Add(texts, "columns[" + index.ToString(CultureInfo.InvariantCulture) + "].header", section.Columns[index].Header);
                }

                break;
        }

        return texts;
    }

    private static void Add(List<EntryText> texts, string key, LocalizedText? text)
    {
        if (text is not null)
        {
            texts.Add(new EntryText(key, text, IsOverride: false));
        }
    }

    private static void AddOverrides(List<EntryText> texts, EquatableArray<FieldText> overrides)
    {
        foreach (var displayText in overrides)
        {
            texts.Add(new EntryText(displayText.Field + "_text", displayText.Text, IsOverride: true));
        }
    }
}
