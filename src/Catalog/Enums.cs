namespace JapaneseLlm.Catalog;

/// <summary>How a variant's weights are stored.</summary>
public enum WeightFormat
{
    /// <summary>Full precision (fp32, bf16 or fp16), as trained: what a variant without a stated format has.</summary>
    Full,

    /// <summary>GGUF, for llama.cpp and the tools built on it.</summary>
    Gguf,

    /// <summary>AWQ (activation-aware weight quantization).</summary>
    Awq,

    /// <summary>GPTQ.</summary>
    Gptq,

    /// <summary>MLX, for Apple silicon.</summary>
    Mlx,

    /// <summary>FP8 weights.</summary>
    Fp8,

    /// <summary>ONNX.</summary>
    Onnx,

    /// <summary>EXL2, for ExLlamaV2.</summary>
    Exl2,
}

/// <summary>How a model derives from one of its base models.</summary>
public enum BaseRelation
{
    /// <summary>Not stated (a foreign base model's own bases).</summary>
    Unspecified = 0,

    /// <summary>Trained further on new text (continual pre-training).</summary>
    ContinualPretraining,

    /// <summary>Tuned on instructions, preferences or a task (post-training).</summary>
    FineTuning,

    /// <summary>Merged from several models' weights.</summary>
    Merge,

    /// <summary>Trained on the base's outputs.</summary>
    Distillation,

    /// <summary>Quantized from the base's weights.</summary>
    Quantization,
}

/// <summary>What a license requires of models derived from a model under it.</summary>
[System.Flags]
public enum DerivativeTerms
{
    /// <summary>Nothing recorded.</summary>
    None = 0,

    /// <summary>A derivative stays under the license.</summary>
    KeepLicense = 1,

    /// <summary>A derivative credits the base.</summary>
    Attribution = 2,

    /// <summary>A derivative is named as the license prescribes (e.g. a "Llama 3" prefix).</summary>
    Naming = 4,

    /// <summary>A derivative may not be used commercially.</summary>
    NonCommercial = 8,

    /// <summary>A derivative is shared under the same terms.</summary>
    ShareAlike = 16,
}

/// <summary>The kinds of training stage the list names; the YAML spells them in kebab case (<c>continual-pretraining</c>).</summary>
public enum TrainingStageKind
{
    /// <summary>The list does not label the stage.</summary>
    Unspecified = 0,

    /// <summary>Pre-training from scratch.</summary>
    Pretraining,

    /// <summary>Continual (additional) pre-training of an existing model.</summary>
    ContinualPretraining,

    /// <summary>Mid-training between pre-training and post-training.</summary>
    MidTraining,

    /// <summary>Instruction tuning (supervised fine-tuning, SFT).</summary>
    InstructionTuning,

    /// <summary>Preference tuning: DPO, RLHF, PPO and the like.</summary>
    PreferenceTuning,

    /// <summary>Reinforcement learning other than preference tuning (GRPO and the like).</summary>
    ReinforcementLearning,

    /// <summary>Knowledge distillation from a teacher model.</summary>
    Distillation,

    /// <summary>A stage the list labels otherwise.</summary>
    Other,
}
