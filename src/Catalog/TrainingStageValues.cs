using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>What a <see cref="TrainingStage"/> is built from: set in an object initializer and passed to <see cref="TrainingStage(TrainingStageValues)"/>.</summary>
/// <remarks>A shape that grows by members, not parameters (see <see cref="ModelValues"/>). Unset lists become empty lists.</remarks>
public sealed class TrainingStageValues
{
    /// <inheritdoc cref="TrainingStage.Stage"/>
    public TrainingStageKind Stage;

    /// <inheritdoc cref="TrainingStage.Label"/>
    public string? Label;

    /// <inheritdoc cref="TrainingStage.Datasets"/>
    public IReadOnlyList<Dataset>? Datasets;

    /// <inheritdoc cref="TrainingStage.Tokens"/>
    public string? Tokens;

    /// <inheritdoc cref="TrainingStage.AppliesTo"/>
    public string? AppliesTo;
}
