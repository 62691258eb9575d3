namespace JapaneseLlm.Catalog;

/// <summary>Every model of the catalog as a typed member, e.g. <c>Models.LlmJp3_172B</c>. Hover a member for its facts.</summary>
public static partial class Models
{
}

/// <summary>The Hugging Face repo ids of each model's variants, as constants usable in attributes and switch cases.</summary>
public static partial class HuggingFaceIds
{
}

/// <summary>Every evaluation benchmark and data set of the catalog.</summary>
public static partial class Benchmarks
{
}

/// <summary>The original papers of the architectures and training methods the catalog's models use.</summary>
public static partial class Papers
{
}

/// <summary>The developers registry: organisations and individuals, with canonical names in ja/en/fr.</summary>
public static partial class Developers
{
}

/// <summary>The licenses registry, with SPDX ids and commercial-use terms.</summary>
public static partial class Licenses
{
}

/// <summary>The training data sets the catalog's records refer to.</summary>
public static partial class Datasets
{
}

/// <summary>The footnotes the list attaches to fields of its rows.</summary>
public static partial class Footnotes
{
}
