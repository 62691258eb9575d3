using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog;

/// <summary>
/// One stage of a model's training as the list's training-data cell names it: its kind, the data sets it used,
/// the tokens it trained on and the variants it applies to. <see cref="Model.TrainingData"/> keeps the list's wording.
/// </summary>
public sealed class TrainingStage
{
    /// <summary>Creates a training stage from <paramref name="values"/> (the generated catalog calls this; so can tests).</summary>
    public TrainingStage(TrainingStageValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        Stage = values.Stage;
        Label = values.Label;
        Datasets = values.Datasets ?? Array.Empty<Dataset>();
        Tokens = values.Tokens;
        AppliesTo = values.AppliesTo;
    }

    /// <summary>The kind of stage: pre-training, instruction tuning, preference tuning, ….</summary>
    public TrainingStageKind Stage { get; }

    /// <summary>The stage's label as the list writes it (<c>Instruction Tuning (LoRA)</c>, <c>事前学習</c>), where it has one.</summary>
    public string? Label { get; }

    /// <summary>The data sets the stage used, where the registry knows them.</summary>
    public IReadOnlyList<Dataset> Datasets { get; }

    /// <summary>The tokens trained on in this stage as the list gives them (<c>1.5T</c>), where it does.</summary>
    public string? Tokens { get; }

    /// <summary>The variants the stage applies to, as the list names them (<c>instruction-sft</c>, <c>NC</c>); every variant when null.</summary>
    public string? AppliesTo { get; }

    /// <summary>Whether a data set of this stage was generated with OpenAI models (see <see cref="Dataset.IsGeneratedByOpenAiModels"/>).</summary>
    public bool UsesOpenAiGeneratedData
    {
        get
        {
            foreach (var dataset in Datasets)
            {
                if (dataset.IsGeneratedByOpenAiModels)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => AppliesTo is null ? Stage.ToString() : $"{Stage} ({AppliesTo})";
}
