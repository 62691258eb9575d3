using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>A training data set that records name.</summary>
public sealed class Dataset
{
    /// <summary>Creates a data set entry (the generated catalog calls this; so can tests).</summary>
    public Dataset(string id, LocalizedName name, string? url, IReadOnlyList<string> generatedBy, string? generatedBySource)
    {
        Id = id;
        Name = name;
        Url = url;
        GeneratedBy = generatedBy;
        GeneratedBySource = generatedBySource;
    }

    /// <summary>The registry id.</summary>
    public string Id { get; }

    /// <summary>The data set's name.</summary>
    public LocalizedName Name { get; }

    /// <summary>Where the data set is published.</summary>
    public string? Url { get; }

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
