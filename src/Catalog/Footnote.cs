using System;
using System.ComponentModel;

namespace JapaneseLlm.Catalog;

/// <summary>A note the list attaches to a field of some rows.</summary>
public sealed class Footnote
{
    /// <summary>Creates a footnote entry from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public Footnote(FootnoteValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Id = RequiredValue.Of(values.Id, nameof(FootnoteValues.Id));
        Text = RequiredValue.Of(values.Text, nameof(FootnoteValues.Text));
        IsOpenAiTermsCaveat = values.IsOpenAiTermsCaveat;
    }

    /// <summary>Creates a footnote entry; kept so that code compiled against 0.1.0 still binds. Use <see cref="Footnote(FootnoteValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Footnote(string id, LocalizedText text, bool isOpenAiTermsCaveat)
        : this(new FootnoteValues
        {
            Id = id,
            Text = text,
            IsOpenAiTermsCaveat = isOpenAiTermsCaveat,
        })
    {
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
    /// <summary>Attaches a footnote to a field, from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public FootnoteAttachment(FootnoteAttachmentValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Field = RequiredValue.Of(values.Field, nameof(FootnoteAttachmentValues.Field));
        Footnote = RequiredValue.Of(values.Footnote, nameof(FootnoteAttachmentValues.Footnote));
    }

    /// <summary>Attaches <paramref name="footnote"/> to <paramref name="field"/>; kept so that code compiled against 0.1.0 still binds. Use <see cref="FootnoteAttachment(FootnoteAttachmentValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public FootnoteAttachment(string field, Footnote footnote)
        : this(new FootnoteAttachmentValues
        {
            Field = field,
            Footnote = footnote,
        })
    {
    }

    /// <summary>The annotated field as named in YAML (<c>license</c>, <c>architecture</c>, …).</summary>
    public string Field { get; }

    /// <summary>The footnote.</summary>
    public Footnote Footnote { get; }
}
