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

    /// <summary>
    /// Whether the stage applies to <paramref name="variant"/>: every variant when <see cref="AppliesTo"/> is null, else a
    /// variant whose label or repository name holds one of the names it lists as whole words (<c>NC</c> holds for
    /// <c>13b-instruct-nc</c>, not for <c>13b-instruct</c>).
    /// </summary>
    public bool AppliesToVariant(ModelVariant variant)
    {
        if (variant is null)
        {
            throw new ArgumentNullException(nameof(variant));
        }

        if (AppliesTo is null)
        {
            return true;
        }

        var names = new[] { variant.Label, variant.HuggingFaceId is { } repo ? repo.Substring(repo.IndexOf('/') + 1) : null };
        foreach (var name in AppliesTo.Split(new[] { ',', '、', '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in names)
            {
                if (candidate is not null && HoldsWords(candidate, name.Trim()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => AppliesTo is null ? Stage.ToString() : $"{Stage} ({AppliesTo})";

    private static bool HoldsWords(string text, string words)
    {
        if (words.Length == 0)
        {
            return false;
        }

        for (var start = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); start >= 0; start = text.IndexOf(words, start + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = start + words.Length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
