using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace JapaneseLlm.Catalog;

/// <summary>A training data set that records name.</summary>
public sealed class Dataset
{
    /// <summary>Creates a data set entry from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    /// <exception cref="ArgumentException">A required value is missing.</exception>
    public Dataset(DatasetValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Id = RequiredValue.Of(values.Id, nameof(DatasetValues.Id));
        Name = RequiredValue.Of(values.Name, nameof(DatasetValues.Name));
        Url = values.Url;
        Languages = values.Languages ?? Array.Empty<string>();
        License = values.License;
        GeneratedBy = values.GeneratedBy ?? Array.Empty<string>();
        GeneratedBySource = values.GeneratedBySource;
    }

    /// <summary>Creates a data set entry; kept so that code compiled against 0.1.0 still binds. Use <see cref="Dataset(DatasetValues)"/>.</summary>
    [Obsolete(ObsoleteConstructor.Message)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Dataset(string id, LocalizedName name, string? url, IReadOnlyList<string> generatedBy, string? generatedBySource)
        : this(new DatasetValues
        {
            Id = id,
            Name = name,
            Url = url,
            GeneratedBy = generatedBy,
            GeneratedBySource = generatedBySource,
        })
    {
    }

    /// <summary>The registry id.</summary>
    public string Id { get; }

    /// <summary>The data set's name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Where the data set is published.</summary>
    public string? Url { get; }

    /// <summary>The languages of its text, as ISO 639-1 codes (<c>ja</c>, <c>en</c>, …; <c>code</c> for source code).</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The data set's license as its publisher states it (an SPDX identifier where one exists).</summary>
    public string? License { get; }

    /// <summary>For synthetic data: whose models generated it (e.g. <c>openai</c>).</summary>
    public IReadOnlyList<string> GeneratedBy { get; }

    /// <summary>Where <see cref="GeneratedBy"/> is stated.</summary>
    public string? GeneratedBySource { get; }

    /// <summary>Generated with OpenAI models, whose terms restrict training competing models on their outputs.</summary>
    public bool IsGeneratedByOpenAiModels
    {
        get
        {
            foreach (var maker in GeneratedBy)
            {
                if (maker == "openai")
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name.ToString();
}
