namespace JapaneseLlm.Catalog;

/// <summary>A note the list attaches to a field of some rows.</summary>
public sealed class Footnote
{
    /// <summary>Creates a footnote entry (the generated catalog calls this; so can tests).</summary>
    public Footnote(string id, LocalizedText text, bool isOpenAiTermsCaveat)
    {
        Id = id;
        Text = text;
        IsOpenAiTermsCaveat = isOpenAiTermsCaveat;
    }

    /// <summary>The registry id, e.g. <c>openai-terms</c>.</summary>
    public string Id { get; }

    /// <summary>The note in each language, as plain text.</summary>
    public LocalizedText Text { get; }

    /// <summary>The caveat that a model was tuned on OpenAI-generated data and may breach OpenAI's terms.</summary>
    public bool IsOpenAiTermsCaveat { get; }

    /// <inheritdoc/>
    public override string ToString() => Text.ToString();
}

/// <summary>A footnote as attached to one field of a record.</summary>
public sealed class FootnoteAttachment
{
    /// <summary>Attaches <paramref name="footnote"/> to <paramref name="field"/>.</summary>
    public FootnoteAttachment(string field, Footnote footnote)
    {
        Field = field;
        Footnote = footnote;
    }

    /// <summary>The annotated field as named in YAML (<c>license</c>, <c>architecture</c>, …).</summary>
    public string Field { get; }

    /// <summary>The footnote.</summary>
    public Footnote Footnote { get; }
}
