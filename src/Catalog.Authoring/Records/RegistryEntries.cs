namespace JapaneseLlm.Catalog.Authoring.Records;

/// <summary>An organisation or person that develops models, with its canonical name in each language.</summary>
public sealed record DeveloperEntry(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "developer";

    public LocalizedText Name { get; init; } = LocalizedText.Same("");

    /// <summary>An individual rather than an organisation; the list writes them <c>個人 (name)</c>.</summary>
    public bool Individual { get; init; }

    public string? Url { get; init; }
}

public sealed record LicenseEntry(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "license";

    public LocalizedText Name { get; init; } = LocalizedText.Same("");

    public string? Spdx { get; init; }

    /// <summary>Other spellings the list uses for the license; the importer recognises them.</summary>
    public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The Hugging Face <c>license:</c> tag, where the Hub has one.</summary>
    public string? HuggingFaceLicense { get; init; }

    public CommercialUse CommercialUse { get; init; } = CommercialUse.Unknown;

    public string? Url { get; init; }

    /// <summary>What the license requires of derived models (<c>keep-license</c>, <c>attribution</c>, <c>naming</c>, <c>non-commercial</c>, <c>share-alike</c>).</summary>
    public EquatableArray<string> Derivatives { get; init; } = EquatableArray<string>.Empty;
}

public sealed record DatasetEntry(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "dataset";

    public LocalizedText Name { get; init; } = LocalizedText.Same("");

    /// <summary>Other spellings the list uses for the data set; the importer recognises them in training-data cells.</summary>
    public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

    public string? Url { get; init; }

    /// <summary>The languages of its text (ISO 639-1 codes; <c>code</c> for source code).</summary>
    public EquatableArray<string> Languages { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The data set's license as its publisher states it.</summary>
    public string? License { get; init; }

    /// <summary>The model makers whose outputs this synthetic data set was generated with (e.g. <c>openai</c>).</summary>
    public EquatableArray<string> GeneratedBy { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Where the <see cref="GeneratedBy"/> fact is stated.</summary>
    public string? GeneratedBySource { get; init; }
}

public sealed record FootnoteEntry(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "footnote";

    public LocalizedText Text { get; init; } = LocalizedText.Same("");

    /// <summary>Marks the footnote as the OpenAI-terms caveat that analyzers and the runtime look for.</summary>
    public bool OpenAiTermsCaveat { get; init; }

    /// <summary>Phrases of the list's definition of this footnote, by which the importer recognises it whatever its number.</summary>
    public EquatableArray<string> ListPhrases { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>A section of the list: its heading, anchor and table columns in each language.</summary>
public sealed record SectionEntry(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "section";

    public string? Parent { get; init; }

    public int Level { get; init; }

    public string? Anchor { get; init; }

    public LocalizedText Heading { get; init; } = LocalizedText.Same("");

    /// <summary>Prose shown between the heading and the table, per language.</summary>
    public LocalizedText? Intro { get; init; }

    /// <summary>The kind of record its table lists: <c>model</c>, <c>benchmark</c> or <c>paper</c>; none for a heading only.</summary>
    public string? RecordKind { get; init; }

    /// <summary>The model category, for model sections; child sections inherit their parent's.</summary>
    public ModelCategory? Category { get; init; }

    public EquatableArray<SectionColumn> Columns { get; init; } = EquatableArray<SectionColumn>.Empty;

    /// <summary>
    /// How the section's table orders its rows: <c>parameters-desc</c> (largest first), <c>year-desc</c>
    /// (newest first), <c>published</c> (oldest paper first) or <c>catalog</c> (by each record's <c>order</c>).
    /// </summary>
    public string? Ordering { get; init; }

    /// <summary>The column (field) whose cell lists the size variants: <c>name</c>, <c>architecture</c> or <c>huggingface_support</c>.</summary>
    public string? VariantsIn { get; init; }

    /// <summary>Context lengths from this many tokens on are shown in bold, as the list marks long contexts.</summary>
    public int? LongContextFrom { get; init; }

    /// <summary>Prose shown after the table, per language.</summary>
    public LocalizedText? Outro { get; init; }

    /// <summary>How the section's models derive from their base models; the importer records it on the bases it resolves.</summary>
    public string? BaseRelation { get; init; }
}

/// <summary>A table column: the record field it shows and its header text.</summary>
public sealed record SectionColumn(string Field, LocalizedText Header, string Alignment)
{
    /// <summary>The field of a column the catalog has no field for; its cells are kept in the records' <c>other_columns</c> under <see cref="Key"/>.</summary>
    public const string OtherField = "other";

    /// <summary>For a column of <see cref="OtherField"/>, the key its cells are kept under.</summary>
    public string? Key { get; init; }

    /// <summary>What the column shows, one name per column: the field, or <c>other:</c> and the key for a column without one.</summary>
    public string Shows => Field == OtherField ? ShowsOther(Key ?? "") : Field;

    /// <summary>What a column of <see cref="OtherField"/> with this key shows.</summary>
    public static string ShowsOther(string key) => OtherPrefix + key;

    private const string OtherPrefix = OtherField + ":";

    /// <summary>The key of an <see cref="OtherField"/> column from what it <see cref="Shows"/>; null for a field.</summary>
    public static string? OtherKey(string shows) =>
        shows.StartsWith(OtherPrefix, System.StringComparison.Ordinal) ? shows.Substring(OtherPrefix.Length) : null;
}

/// <summary>
/// A word the list writes for something that is not a name (undisclosed, an individual developer, a weight format's
/// absence): how it writes it in each language, and the other spellings the tools recognise for it.
/// </summary>
public sealed record WordEntry(string Id, string Path) : CatalogEntry(Id, Path)
{
    public override string KindName => "word";

    /// <summary>What the list writes, in each language; none for a word the tools only recognise.</summary>
    public LocalizedText? Text { get; init; }

    /// <summary>Other spellings of it, compared without case.</summary>
    public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;
}
