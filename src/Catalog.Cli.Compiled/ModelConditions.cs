namespace JapaneseLlm.Catalog.Cli.Compiled;

/// <summary>
/// The conditions of <c>jllm query</c>, each applied as the runtime <see cref="ModelQuery"/> method named beside it;
/// one left <see langword="null"/> or false does not filter.
/// </summary>
public sealed record ModelConditions
{
    /// <summary><c>InCategory</c>.</summary>
    public Authoring.Records.ModelCategory? Category { get; init; }

    /// <summary><c>InSection</c>.</summary>
    public string? Section { get; init; }

    /// <summary><c>ByDeveloper</c>: a developer id.</summary>
    public string? Developer { get; init; }

    /// <summary><c>WithLicense</c>: a license id.</summary>
    public string? License { get; init; }

    /// <summary><c>WithCommercialUse</c>.</summary>
    public Authoring.Records.CommercialUse? CommercialUse { get; init; }

    /// <summary><c>CommerciallyUsable</c>.</summary>
    public bool CommerciallyUsable { get; init; }

    /// <summary><c>WithParameters(minimum, …)</c>.</summary>
    public long? MinimumParameters { get; init; }

    /// <summary><c>WithParameters(…, maximum)</c>.</summary>
    public long? MaximumParameters { get; init; }

    /// <summary><c>WithContextLength</c>.</summary>
    public int? ContextLength { get; init; }

    /// <summary><c>InYear</c>.</summary>
    public int? Year { get; init; }

    /// <summary><c>FromYear</c>.</summary>
    public int? FromYear { get; init; }

    /// <summary><c>ReleasedSince</c>.</summary>
    public System.DateTime? ReleasedSince { get; init; }

    /// <summary><c>WithArchitecture</c>.</summary>
    public string? Architecture { get; init; }

    /// <summary><c>WithBaseModel</c>.</summary>
    public string? BaseModel { get; init; }

    /// <summary><c>WithWeightFormat</c>, as the YAML spells the format (<c>gguf</c>).</summary>
    public string? WeightFormat { get; init; }

    /// <summary><c>DerivedFrom</c>: the id of a model or foreign base model.</summary>
    public string? DerivedFrom { get; init; }

    /// <summary><c>TrainedOn</c>: a data-set id.</summary>
    public string? Dataset { get; init; }

    /// <summary><c>TrainedOnOutputsOf</c>: a maker or model family as the data-set registry names it.</summary>
    public string? TrainedOnOutputsOf { get; init; }

    /// <summary><c>WithoutOpenAiTermsCaveat</c>.</summary>
    public bool WithoutOpenAiTermsCaveat { get; init; }

    /// <summary><c>WithoutOutputTermsRisk</c>.</summary>
    public bool WithoutOutputTermsRisk { get; init; }

    internal ModelQuery ApplyTo(ModelQuery query)
    {
        query = Category is { } category ? query.InCategory((Catalog.ModelCategory)category) : query;
        query = Section is { } section ? query.InSection(section) : query;
        query = Developer is { } developer ? query.ByDeveloper(developer) : query;
        query = License is { } license ? query.WithLicense(license) : query;
        query = CommercialUse is { } use ? query.WithCommercialUse((Catalog.CommercialUse)use) : query;
        query = CommerciallyUsable ? query.CommerciallyUsable() : query;
        query = MinimumParameters is not null || MaximumParameters is not null ? query.WithParameters(MinimumParameters ?? 0, MaximumParameters ?? long.MaxValue) : query;
        query = ContextLength is { } tokens ? query.WithContextLength(tokens) : query;
        query = Year is { } year ? query.InYear(year) : query;
        query = FromYear is { } fromYear ? query.FromYear(fromYear) : query;
        query = ReleasedSince is { } day ? query.ReleasedSince(day) : query;
        query = Architecture is { } architecture ? query.WithArchitecture(architecture) : query;
        query = BaseModel is { } baseModel ? query.WithBaseModel(baseModel) : query;
        query = WeightFormat is { } format ? query.WithWeightFormat(RuntimeSpellings.WeightFormat(format)) : query;
        query = DerivedFrom is { } ancestor ? query.DerivedFrom(ancestor) : query;
        query = Dataset is { } dataset ? query.TrainedOn(dataset) : query;
        query = TrainedOnOutputsOf is { } maker ? query.TrainedOnOutputsOf(maker) : query;
        query = WithoutOpenAiTermsCaveat ? query.WithoutOpenAiTermsCaveat() : query;
        return WithoutOutputTermsRisk ? query.WithoutOutputTermsRisk() : query;
    }
}
