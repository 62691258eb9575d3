using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace JapaneseLlm.Catalog.Json;

/// <summary>An evaluation benchmark.</summary>
public sealed class BenchmarkDocument
{
    /// <summary>The record id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The benchmark's name.</summary>
    public TextDocument Name { get; set; } = new();

    /// <summary>Where it is published.</summary>
    public string? Url { get; set; }

    /// <summary>The page per language, where the languages link to different pages; null otherwise.</summary>
    public TextDocument? Urls { get; set; }

    /// <summary>The id of the list's section.</summary>
    public string Section { get; set; } = "";

    /// <summary>The HTML anchor the list gives the row.</summary>
    public string? Anchor { get; set; }

    /// <summary>The footnotes attached to the row's cells.</summary>
    public IReadOnlyList<FootnoteReferenceDocument> Footnotes { get; set; } = Array.Empty<FootnoteReferenceDocument>();

    /// <summary>What it measures.</summary>
    public TextDocument? Description { get; set; }

    /// <summary>The developers' ids.</summary>
    public IReadOnlyList<string> Developers { get; set; } = Array.Empty<string>();
}

/// <summary>An original paper of an architecture or training method.</summary>
public sealed class PaperDocument
{
    /// <summary>The record id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The name of what the paper introduces.</summary>
    public TextDocument Name { get; set; } = new();

    /// <summary>The id of the list's section.</summary>
    public string Section { get; set; } = "";

    /// <summary>The paper's title.</summary>
    public string Title { get; set; } = "";

    /// <summary>Where it is published.</summary>
    public string? Url { get; set; }

    /// <summary>First publication date, <c>yyyy-mm-dd</c>.</summary>
    public string? Published { get; set; }

    /// <summary>The venue; null for a preprint.</summary>
    public string? Venue { get; set; }
}

/// <summary>A developer: an organisation or an individual.</summary>
public sealed class DeveloperDocument
{
    /// <summary>The registry id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The developer's name.</summary>
    public TextDocument Name { get; set; } = new();

    /// <summary>Whether the developer is an individual.</summary>
    public bool Individual { get; set; }

    /// <summary>The developer's site.</summary>
    public string? Url { get; set; }
}

/// <summary>A license.</summary>
public sealed class LicenseDocument
{
    /// <summary>The registry id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The license's name.</summary>
    public TextDocument Name { get; set; } = new();

    /// <summary>The SPDX id, where there is one.</summary>
    public string? Spdx { get; set; }

    /// <summary>The Hugging Face license id, where there is one.</summary>
    [JsonPropertyName("huggingface")]
    public string? HuggingFaceId { get; set; }

    /// <summary><c>allowed</c>, <c>conditional</c>, <c>not-allowed</c> or <c>unknown</c>.</summary>
    public string CommercialUse { get; set; } = "";

    /// <summary>The license text.</summary>
    public string? Url { get; set; }

    /// <summary>What the license requires of derived models: <c>keep-license</c>, <c>attribution</c>, <c>naming</c>, <c>non-commercial</c>, <c>share-alike</c>.</summary>
    public IReadOnlyList<string> Derivatives { get; set; } = Array.Empty<string>();
}

/// <summary>A foreign base model the catalog's models derive from.</summary>
public sealed class BaseModelDocument
{
    /// <summary>The registry id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The name in each language.</summary>
    public TextDocument Name { get; set; } = new();

    /// <summary>Who publishes it.</summary>
    public string? Developer { get; set; }

    /// <summary>The ids of the licenses it is published under.</summary>
    public IReadOnlyList<string> Licenses { get; set; } = Array.Empty<string>();

    /// <summary>The sizes it is published in.</summary>
    public IReadOnlyList<long> Parameters { get; set; } = Array.Empty<long>();

    /// <summary>Hugging Face repo ids of its releases.</summary>
    [JsonPropertyName("huggingface_ids")]
    public IReadOnlyList<string> HuggingFaceIds { get; set; } = Array.Empty<string>();

    /// <summary>Its announcement or model card.</summary>
    public string? Url { get; set; }

    /// <summary>The ids of the foreign base models it derives from.</summary>
    public IReadOnlyList<string> BaseModels { get; set; } = Array.Empty<string>();
}

/// <summary>A training data set.</summary>
public sealed class DatasetDocument
{
    /// <summary>The registry id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The data set's name.</summary>
    public TextDocument Name { get; set; } = new();

    /// <summary>Where it is published.</summary>
    public string? Url { get; set; }

    /// <summary>The languages of its text (ISO 639-1 codes; <c>code</c> for source code).</summary>
    public IReadOnlyList<string> Languages { get; set; } = Array.Empty<string>();

    /// <summary>Its license as its publisher states it.</summary>
    public string? License { get; set; }

    /// <summary>The model makers whose outputs generated it (<c>openai</c>, …), for a synthetic data set.</summary>
    public IReadOnlyList<string> GeneratedBy { get; set; } = Array.Empty<string>();

    /// <summary>Where <see cref="GeneratedBy"/> is stated.</summary>
    public string? GeneratedBySource { get; set; }
}

/// <summary>A footnote of the list.</summary>
public sealed class FootnoteDocument
{
    /// <summary>The registry id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The footnote's text.</summary>
    public TextDocument Text { get; set; } = new();

    /// <summary>Whether it is the caveat that a model was tuned on OpenAI-generated data.</summary>
    [JsonPropertyName("openai_terms_caveat")]
    public bool IsOpenAiTermsCaveat { get; set; }
}
