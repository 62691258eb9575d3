using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>The keys several kinds of file share, described once.</summary>
internal static class CommonProperties
{
    private static readonly RecordAccess<CatalogEntry> OfEntry = new();
    // Record structs: their values are set in copies (a property of a struct cannot be set through a delegate).
    private static readonly RecordAccess<RuleSuppression> OfSuppression = new();
    private static readonly RecordAccess<FieldText> OfCell = new();
    private static readonly RecordAccess<TextLink> OfLink = new();

    public static SchemaProperty Kind(string kind) =>
        new("kind", ValueShape.Kind, $"The kind of catalog file: always '{kind}' in this one.") { Required = true, Values = new[] { kind } };

    public static SchemaProperty Id(string kindName, string example) =>
        new("id", ValueShape.Id, $"The {kindName}'s id, unique among {kindName}s: lowercase letters, digits, '.', '_', '+' and '-' (e.g. '{example}'). It names the generated C# member.")
        {
            Required = true,
            Access = EntryId,
        };

    /// <summary>Every entry's id, whatever the kind.</summary>
    public static readonly FieldAccess EntryId = OfEntry.Member(e => e.Id);

    public static SchemaProperty Section(string kindName, FieldAccess access) =>
        new("section", ValueShape.SectionId, $"The id of the section (in registries/sections.yaml) whose table lists this {kindName}.") { Required = true, References = "sections", Access = access };

    public static SchemaProperty Order(string within, FieldAccess access) =>
        new("order", ValueShape.Integer, $"Position {within} (smaller first); the importer numbers rows in steps of 10 so new rows fit between.")
        {
            Access = access,
            NotInRuntime = RenderOnly,
            NotInExport = RenderOnly,
        };

    /// <summary>Why a key that only shapes the rendered list reaches neither the typed catalog nor the exports.</summary>
    private const string RenderOnly = "it only arranges or words the rendered list";

    public static SchemaProperty LocalizedUrl(string what, FieldAccess access) =>
        new("url", ValueShape.LocalizedText, $"The {what}: one URL, or a mapping of ja, en and fr URLs where the languages link to different pages.") { Access = access };

    public static readonly SchemaObject Suppression = new(
        "suppression",
        "A content rule's finding that this entry accepts, with the reason a reader of the record needs.",
        new[]
        {
            new SchemaProperty("rule", ValueShape.Text, "The content rule's id, JLLM0201 and up (JLLM02xx); format and reference errors cannot be suppressed.") { Required = true, Pattern = ValuePatterns.ContentRuleId, Access = OfSuppression.Member(r => r.RuleId, (r, rule) => r with { RuleId = rule }) },
            new SchemaProperty("reason", ValueShape.Text, "Why the finding is accepted.") { Required = true, Access = OfSuppression.Member(r => r.Reason, (r, reason) => r with { Reason = reason }) },
        })
    {
        Make = ListItems.Of(() => new RuleSuppression("", "")),
    };

    public static SchemaProperty Suppress() =>
        new("suppress", ValueShape.ObjectList, "Content-rule findings this entry accepts, each with its reason.")
        {
            Items = Suppression,
            Access = OfEntry.Member(e => e.Suppressions),
            NotInRuntime = ReviewOnly,
            NotInExport = ReviewOnly,
        };

    private const string ReviewOnly = "it is a reviewer's decision for the checker, not a fact about the entry";

    /// <summary>Why what the importer knows of the list's spellings is neither in the typed catalog nor in the exports.</summary>
    public const string ImporterKnowledge = "it teaches the importer the list's spellings";

    /// <summary>Other spellings the importer recognises: knowledge for reading the list, not a fact for consumers.</summary>
    public static SchemaProperty Aliases(FieldAccess access) =>
        new("aliases", ValueShape.TextList, "Other spellings of it the list uses, which the importer recognises (compared without case, typographic dashes as '-'); its names in every language count too.")
        {
            Access = access,
            NotInRuntime = ImporterKnowledge,
            NotInExport = ImporterKnowledge,
        };

    public static readonly SchemaObject OtherColumn = new(
        "other column",
        "A cell of a table column the catalog has no field for (its section's column says field: other), kept as the list writes it.",
        new[]
        {
            new SchemaProperty("column", ValueShape.Text, "The column's key, as its section's column names it ('key').") { Required = true, Pattern = ValuePatterns.Id, Access = OfCell.Member(c => c.Field) },
            new SchemaProperty("text", ValueShape.LocalizedText, "The cell's text, or a mapping of ja, en and fr texts (markdown allowed: the list's own text of a column the catalog does not model).") { Required = true, Access = OfCell.Member(c => c.Text) },
        })
    {
        Make = ListItems.Of(() => new FieldText("", LocalizedText.Same(""))),
    };

    /// <summary>Cells of columns no field describes yet: kept so the list renders back until a maintainer gives the column a field.</summary>
    public static SchemaProperty OtherColumns(FieldAccess access) =>
        new("other_columns", ValueShape.ObjectList, "Cells of the row's columns that the catalog has no field for (a column the list added), as the list writes them, so the list renders back. Give the column a field to make the cells facts.")
        {
            Access = access,
            Items = OtherColumn,
            NotInRuntime = UnmodelledColumn,
            NotInExport = UnmodelledColumn,
        };

    private const string UnmodelledColumn = "it is the list's text of a column the catalog does not model yet, kept for rendering; a fact needs a field";

    public static readonly SchemaObject TextLinkItem = new(
        "link",
        "A phrase of the entry's texts and the page it refers to; the texts stay plain, and the rendered list links the phrase.",
        new[]
        {
            new SchemaProperty("field", ValueShape.Text, "The key of the text the phrase is in (training_data, description, licenses_text, name, …).") { Required = true, Access = OfLink.Member(l => l.Field, (l, field) => l with { Field = field }) },
            new SchemaProperty("text", ValueShape.Text, "The phrase, exactly as the text writes it (its first occurrence not linked already is linked).") { Required = true, Access = OfLink.Member(l => l.Text, (l, text) => l with { Text = text }) },
            new SchemaProperty("url", ValueShape.Text, "The page the phrase refers to.") { Required = true, Link = true, Access = OfLink.Member(l => l.Url, (l, url) => l with { Url = url }) },
        })
    {
        Make = ListItems.Of(() => new TextLink("", "", "")),
    };

    /// <summary>Links inside an entry's texts: plain texts and the phrases' pages, instead of markdown in the texts.</summary>
    public static SchemaProperty Links() =>
        new("links", ValueShape.ObjectList, "Phrases of this entry's texts that refer to a page (a data set's page in the training data, a source in a description), each with its URL. Texts are plain; the rendered list links the phrase.")
        {
            Items = TextLinkItem,
            Access = OfEntry.Member(e => e.Links),
            NotInRuntime = InlineLinks,
            NotInExport = InlineLinks,
        };

    private const string InlineLinks = "it places the list's links inside the entry's texts; the pages themselves are the entry's url, its variants' repositories and its data sets' urls";

    /// <summary>The <c>&lt;field&gt;_text</c> keys, one per field a cell can be written out for, each one of the record's display texts.</summary>
    public static IEnumerable<SchemaProperty> DisplayTexts<TRecord>(
        IEnumerable<string> fields, RecordAccess<TRecord> of, Func<TRecord, EquatableArray<FieldText>> texts, Func<TRecord, EquatableArray<FieldText>, TRecord> withTexts) =>
        fields.Select(field => new SchemaProperty(
            field + "_text",
            ValueShape.LocalizedText,
            $"The '{field}' cell as the list writes it, for the languages where the structured fields cannot reproduce it (rare; the import report counts them).")
        {
            DisplayTextOf = field,
            Access = of.Member(
                record => texts(record).FirstOrDefault(text => text.Field == field)?.Text,
                (record, text) => withTexts(record, texts(record).Where(other => other.Field != field).Append(new FieldText(field, text!)).ToEquatableArray())),
            NotInRuntime = RenderOnly,
            NotInExport = RenderOnly,
        });
}
