// Also compiled into src/Catalog.Authoring, in its records' namespace (see Catalog.Authoring.csproj).
#if JAPANESELLM_CATALOG_AUTHORING
namespace JapaneseLlm.Catalog.Authoring.Records;
#else
namespace JapaneseLlm.Catalog;
#endif

/// <summary>The list's top-level kinds of model.</summary>
public enum ModelCategory
{
    /// <summary>Models used mainly for text generation.</summary>
    TextGeneration,

    /// <summary>Encoders used mainly to process input text (BERT and the like).</summary>
    Encoder,

    /// <summary>Models specialised in sentence and document embeddings.</summary>
    Embedding,

    /// <summary>Vision-language models.</summary>
    VisionLanguage,

    /// <summary>Speech-language models.</summary>
    Speech,

    /// <summary>Music-language models.</summary>
    Music,
}
