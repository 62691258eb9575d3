using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The catalog's footnotes, in its own words in each language, for the list's footnote numbers. They state
/// the facts the list's footnotes state, with the source link where the list gives one; the list's own
/// wording is not copied. Kept in the list's numbering order, so the rendered numbers mostly match.
/// Inline markers use footnote ids (<c>[^id]</c>), which the renderer numbers.
/// </summary>
internal static class FootnoteWording
{
    public static readonly IReadOnlyList<FootnoteWords> All = new FootnoteWords[]
    {
        new("1", "plamo-13b-architecture", new(
            "Llama をもとに、推論を速くするためのアーキテクチャ変更が加えられている（出典: [PLaMo-13Bを公開しました](https://tech.preferred.jp/ja/blog/llm-plamo/)）。",
            "Based on Llama, with architecture changes made for speed (source: [PLaMo-13Bを公開しました](https://tech.preferred.jp/ja/blog/llm-plamo/)).",
            "Basé sur Llama, avec des modifications d'architecture destinées à l'accélérer (source : [PLaMo-13Bを公開しました](https://tech.preferred.jp/ja/blog/llm-plamo/)).")),
        new("2", "stablelm-alpha-private-data", new(
            "独自データの詳細は非公開。プレスリリースによれば、オープンデータに加えて Stability AI Japan 独自のデータセットと、EleutherAI Polyglot プロジェクト日本語チームおよび Stable Community Japan のメンバーの協力で作成したデータを含む。",
            "The private data is not described in detail. The press release says it adds, to open data, Stability AI Japan's own datasets and data made with members of the EleutherAI Polyglot project's Japanese team and of Stable Community Japan.",
            "Les données privées ne sont pas décrites en détail. Selon le communiqué, elles ajoutent aux données ouvertes des jeux de données propres à Stability AI Japan et des données créées avec des membres de l'équipe japonaise du projet EleutherAI Polyglot et de Stable Community Japan.")),
        new("3", "reversed-gpt", new(
            "右から左へ単語を予測する言語モデルを評価した研究のモデル。通常の方向（左から右）と逆方向の両方が公開されている。",
            "From a study that evaluated language models predicting words right to left; both the usual left-to-right and the reversed models are published.",
            "Issu d'une étude évaluant des modèles de langue qui prédisent les mots de droite à gauche ; les modèles dans le sens habituel (de gauche à droite) et inversé sont tous deux publiés.")),
        new("4", "huggingface-support-legend", new(
            "◯: Hugging Face の Model Hub にあり、`AutoModel.from_pretrained()` などですぐ読み込める。△: Model Hub にはないが、Hugging Face transformers（旧 pytorch-transformers）の形式で読み込める。✕: Hugging Face では使えない。",
            "◯: on the Hugging Face Model Hub and loads directly, e.g. with `AutoModel.from_pretrained()`. △: not on the Model Hub, but in a format Hugging Face transformers (formerly pytorch-transformers) can load. ✕: not usable with Hugging Face.",
            "◯ : disponible sur le Model Hub de Hugging Face et chargeable directement, par exemple avec `AutoModel.from_pretrained()`. △ : absent du Model Hub, mais dans un format que Hugging Face transformers (anciennement pytorch-transformers) sait charger. ✕ : inutilisable avec Hugging Face.")),
        new("5", "retrieva-bert-architecture", new(
            "最大系列長を 2048 に伸ばし、元の BERT からほかにも複数のアーキテクチャ変更を加えている。詳細は Hugging Face リポジトリの README を参照。",
            "The maximum sequence length is raised to 2048, and the architecture differs from the original BERT in several other ways; the Hugging Face repository's README has the details.",
            "La longueur de séquence maximale passe à 2048 et l'architecture diffère aussi du BERT d'origine sur plusieurs autres points ; le README du dépôt Hugging Face donne les détails.")),
        new("6", "hitachi-bert-tokenization", new(
            "形態素解析器とサブワード分割手法の組み合わせを比較した研究。ここでは平均タスク性能が最も高かった Juman++ と BPE の組み合わせのモデルだけを載せている。",
            "From a study comparing combinations of morphological analysers and subword methods; only the model with the best average task score, Juman++ with BPE, is listed here.",
            "Issu d'une étude comparant des combinaisons d'analyseurs morphologiques et de méthodes de sous-mots ; seul le modèle au meilleur score moyen, Juman++ avec BPE, figure ici.")),
        new("7", "waseda-roberta-sequence-length", new(
            "nlp-waseda/roberta-base-japanese と nlp-waseda/roberta-large-japanese は最大入力長 128 で、nlp-waseda/roberta-large-japanese-seq512 は 512 で事前学習されている。",
            "nlp-waseda/roberta-base-japanese and nlp-waseda/roberta-large-japanese were pre-trained with inputs of at most 128 tokens, nlp-waseda/roberta-large-japanese-seq512 with 512.",
            "nlp-waseda/roberta-base-japanese et nlp-waseda/roberta-large-japanese ont été pré-entraînés avec des entrées d'au plus 128 tokens, nlp-waseda/roberta-large-japanese-seq512 avec 512.")),
        new("8", "megagon-roberta-long", new(
            "最大系列長を通常の 512 から 1282 に伸ばしており、より長い入力を扱える。",
            "The maximum sequence length is raised from the usual 512 to 1282, so longer inputs fit.",
            "La longueur de séquence maximale passe de 512, la valeur habituelle, à 1282 : des entrées plus longues tiennent.")),
        new("9", "financial-bert-training", new(
            "small は日本語 Wikipedia と日本語金融コーパスでスクラッチから学習し、base は東北大 BERT を日本語金融コーパスで追加学習している。",
            "The small model is trained from scratch on Japanese Wikipedia and a Japanese financial corpus; the base model continues training TohokuUniversityBERT on the financial corpus.",
            "Le modèle small est entraîné à partir de zéro sur Wikipédia en japonais et un corpus financier japonais ; le modèle base poursuit l'entraînement de TohokuUniversityBERT sur ce corpus financier.")),
        new("10", "jmedroberta-tokenizers", new(
            "万病WordPiece モデルは MeCab（IPA 辞書と万病辞書）で単語に分けてから WordPiece でサブワードにし、SentencePiece モデルは単語分割をせず Unigram で直接サブワードにする。",
            "The ManbyoWordPiece model splits words with MeCab (IPA and Manbyo dictionaries) before WordPiece subwords; the SentencePiece model makes Unigram subwords directly, without word splitting.",
            "Le modèle ManbyoWordPiece découpe les mots avec MeCab (dictionnaires IPA et Manbyo) avant les sous-mots WordPiece ; le modèle SentencePiece produit directement des sous-mots Unigram, sans découpage en mots.")),
        new("11", "chat-vector-after-llama3", new(
            "Instruction Tuning の後で、Llama 3 Instruct と Llama 3 Base の差分である Chat Vector を加えている。",
            "After Instruction Tuning, the Chat Vector (Llama 3 Instruct minus Llama 3 Base) is added.",
            "Après l'Instruction Tuning, le Chat Vector (Llama 3 Instruct moins Llama 3 Base) est ajouté.")),
        new("12", "openai-terms", new(
            "Instruction Tuning に GPT-3.5 や GPT-4 など OpenAI のモデルが生成したデータを使っているため、OpenAI の利用規約に反するおそれがある。",
            "Its Instruction Tuning uses data generated by OpenAI models such as GPT-3.5 and GPT-4, which may breach OpenAI's terms of use.",
            "Son Instruction Tuning utilise des données générées par des modèles d'OpenAI tels que GPT-3.5 et GPT-4, ce qui pourrait enfreindre les conditions d'utilisation d'OpenAI."), OpenAiTermsCaveat: true),
        new("13", "karakuri-commercial-contact", new(
            "KARAKURI LM を商用で使うには、開発元のカラクリ株式会社へ直接の連絡が必要とされている。",
            "Commercial use of KARAKURI LM requires contacting the developer, KARAKURI Inc., directly.",
            "Tout usage commercial de KARAKURI LM demande de contacter directement le développeur, KARAKURI Inc.")),
        new("14", "sakana-research-use", new(
            "研究・教育目的での利用を想定するよう求めている。マージ元モデルの中には Apache 2.0 以外のライセンスのものもある点に注意。",
            "The developer asks that use be kept to research and education. Note that some of the merged source models are not under Apache 2.0.",
            "Le développeur demande de réserver l'usage à la recherche et à l'enseignement. Certains des modèles sources fusionnés ne sont pas sous Apache 2.0.")),
        new("17", "chat-vector-before-llama3", new(
            "Instruction Tuning の前に、Llama 3 Instruct と Llama 3 Base の差分である Chat Vector を加えている。",
            "Before Instruction Tuning, the Chat Vector (Llama 3 Instruct minus Llama 3 Base) is added.",
            "Avant l'Instruction Tuning, le Chat Vector (Llama 3 Instruct moins Llama 3 Base) est ajouté.")),
        new("18", "local-politics-bert-models", new(
            "各モデルの詳細は作者らの[論文](https://www.jstage.jst.go.jp/article/jnlp/31/2/31_707/_pdf/-char/ja)の第4章にある。SC-2M-wiki は Wikipedia だけで事前学習しているため、厳密にはドメイン特化型ではない。",
            "Chapter 4 of the authors' [paper](https://www.jstage.jst.go.jp/article/jnlp/31/2/31_707/_pdf/-char/ja) describes each model. SC-2M-wiki is pre-trained on Wikipedia only, so it is not strictly domain-specific.",
            "Le chapitre 4 de l'[article](https://www.jstage.jst.go.jp/article/jnlp/31/2/31_707/_pdf/-char/ja) des auteurs décrit chaque modèle. SC-2M-wiki n'est pré-entraîné que sur Wikipédia : il n'est donc pas à proprement parler spécialisé.")),
        new("19", "tanuki-training-notes", new(
            "詳しくは次の記事を参照: [大規模言語モデルTanuki-8B, 8x8Bの位置づけや開発指針など](https://zenn.dev/matsuolab/articles/377f7ae8b1169e)、[大規模言語モデルを開発するにあたっての事前・事後学習の戦略メモー特に合成データについてー](https://zenn.dev/matsuolab/articles/34036f017fae9e)",
            "The developers explain it in these articles: [大規模言語モデルTanuki-8B, 8x8Bの位置づけや開発指針など](https://zenn.dev/matsuolab/articles/377f7ae8b1169e), [大規模言語モデルを開発するにあたっての事前・事後学習の戦略メモー特に合成データについてー](https://zenn.dev/matsuolab/articles/34036f017fae9e)",
            "Les développeurs l'expliquent dans ces articles : [大規模言語モデルTanuki-8B, 8x8Bの位置づけや開発指針など](https://zenn.dev/matsuolab/articles/377f7ae8b1169e), [大規模言語モデルを開発するにあたっての事前・事後学習の戦略メモー特に合成データについてー](https://zenn.dev/matsuolab/articles/34036f017fae9e)")),
        new("20", "chat-vector-before-gemma2", new(
            "ORPO の前に、Gemma 2 Instruct と Gemma 2 Base の差分である Chat Vector を加えている。",
            "Before ORPO, the Chat Vector (Gemma 2 Instruct minus Gemma 2 Base) is added.",
            "Avant ORPO, le Chat Vector (Gemma 2 Instruct moins Gemma 2 Base) est ajouté.")),
        new("21", "embedding-taxonomy", new(
            "埋め込みモデルは [Dense Text Retrieval based on Pretrained Language Models: A Survey (Zhao+, 2022)](https://arxiv.org/abs/2211.14876) に従って分類した。Bi-Encoder は二つの入力を別々にベクトル化し、内積やコサイン類似度で近さを測る。Cross-Encoder は二つの入力をまとめてモデルに入れ、近さをモデル内で直接計算する。Cross-Encoder は計算量が大きいが近さをより正確に求められるため、情報検索のリランカーによく使われる。Bi-Encoder のうち、入力を一つではなく複数のベクトル（トークンごとなど）で表すもの（ColBERT など）を Multi-representation、一つのベクトルで表すものを Single-representation と分けている。",
            "Embedding models are classified after [Dense Text Retrieval based on Pretrained Language Models: A Survey (Zhao+, 2022)](https://arxiv.org/abs/2211.14876). A Bi-Encoder turns each of two inputs into a vector on its own and measures closeness by dot product or cosine similarity. A Cross-Encoder reads both inputs together and computes their closeness inside the model; it costs more but is more precise, so it is often used to rerank search results. Bi-Encoders that represent an input by several vectors (one per token, say; ColBERT is one) are called Multi-representation, those with a single vector Single-representation.",
            "Les modèles d'embeddings sont classés d'après [Dense Text Retrieval based on Pretrained Language Models: A Survey (Zhao+, 2022)](https://arxiv.org/abs/2211.14876). Un Bi-Encoder transforme chacune des deux entrées en vecteur séparément et mesure leur proximité par produit scalaire ou similarité cosinus. Un Cross-Encoder lit les deux entrées ensemble et calcule leur proximité dans le modèle ; plus coûteux mais plus précis, il sert souvent à reclasser des résultats de recherche. Les Bi-Encoders qui représentent une entrée par plusieurs vecteurs (un par token, par exemple ; ColBERT en est un) sont dits Multi-representation, ceux à vecteur unique Single-representation.")),
        new("22", "plamo-100b-architecture", new(
            "アーキテクチャの一部を変更している。詳細: [1,000億パラメータ規模の独自LLM「PLaMo-100B」の事前学習](https://tech.preferred.jp/ja/blog/plamo-100b/)",
            "Parts of the architecture are changed; details: [1,000億パラメータ規模の独自LLM「PLaMo-100B」の事前学習](https://tech.preferred.jp/ja/blog/plamo-100b/)",
            "Une partie de l'architecture est modifiée ; détails : [1,000億パラメータ規模の独自LLM「PLaMo-100B」の事前学習](https://tech.preferred.jp/ja/blog/plamo-100b/)")),
        new("23", "llama-based-encoder", new(
            "Llama から Causal Attention を外し、エンコーダとして使っている。",
            "Llama with its causal attention removed, used as an encoder.",
            "Llama sans son attention causale, utilisé comme encodeur.")),
        new("24", "rakuten-ai-3-base", new(
            "ベースモデルは公式には明らかにされていない。ただし Hugging Face の config.json のアーキテクチャが `DeepseekV3ForCausalLM` で、トークナイザが DeepSeek-V3 と同じで、DeepSeek の NOTICE ファイルを含むことから、DeepSeek-V3 がベースである可能性が高い。",
            "The base model is not officially stated. Its Hugging Face config.json names the `DeepseekV3ForCausalLM` architecture, its tokenizer matches DeepSeek-V3's and it ships DeepSeek's NOTICE file, so it is very likely based on DeepSeek-V3.",
            "Le modèle de base n'est pas indiqué officiellement. Son config.json sur Hugging Face nomme l'architecture `DeepseekV3ForCausalLM`, son tokenizer est celui de DeepSeek-V3 et il contient le fichier NOTICE de DeepSeek : il est donc très probablement basé sur DeepSeek-V3.")),
        new("25", "medical-research-only", new(
            "ライセンスとは別に、モデルカードは研究開発目的での利用を想定しており、実際の臨床現場での疾患の診断や臨床意思決定支援に直接使うことは推奨していない。",
            "Whatever the license allows, the model card intends the model for research and development only and advises against using it directly for diagnosis or clinical decision support in real clinical settings.",
            "Quoi que permette la licence, la fiche du modèle le destine à la recherche et au développement et déconseille de l'utiliser directement pour le diagnostic ou l'aide à la décision clinique en situation clinique réelle.")),
        new("26", "kana-whisper-output", new(
            "漢字仮名交じり文ではなくカタカナ列を出力する。TTS の漢字読み精度を測る指標 Kana-CER のバックボーンとして作られた。",
            "It outputs katakana sequences rather than ordinary kanji-kana text. It was built as the backbone of Kana-CER, a metric of how accurately TTS reads kanji.",
            "Il produit des suites de katakana plutôt qu'un texte ordinaire en kanji et kana. Il a été conçu comme base de Kana-CER, une mesure de la justesse de lecture des kanji par un TTS.")),
        new("27", "asclelm-terms", new(
            "研究目的に限って配布されており、再配布、商用利用、実際の臨床現場での直接利用は認められていない。また事前学習のみの base モデルで、文末（EOD / EOS）トークンの出力が安定しない、同じ内容を繰り返すといった既知の制限がある。",
            "Distributed for research only: redistribution, commercial use and direct use in real clinical settings are not allowed. It is a base (pre-trained only) model with known limits, such as unstable end-of-text (EOD / EOS) tokens and repeated output.",
            "Distribué pour la recherche uniquement : la redistribution, l'usage commercial et l'usage direct en situation clinique réelle ne sont pas autorisés. C'est un modèle base (seulement pré-entraîné) aux limites connues, comme une émission instable des tokens de fin (EOD / EOS) et des répétitions.")),
        new("28", "medical-assistive-only", new(
            "ライセンスとは別に、モデルカードは実際の臨床現場での疾患の診断や臨床意思決定支援に直接使うことを推奨せず、医療専門家の判断を補助する情報提供ツールとしての利用を勧めている。",
            "Whatever the license allows, the model card advises against direct use for diagnosis or clinical decision support in real clinical settings and recommends using it only as an information tool that supports medical professionals' judgement.",
            "Quoi que permette la licence, la fiche du modèle déconseille l'usage direct pour le diagnostic ou l'aide à la décision clinique en situation clinique réelle et recommande de s'en servir seulement comme outil d'information au service du jugement des professionnels de santé.")),
        new("29", "research-release", new(
            "ライセンスとは別に、モデルカードは研究目的で公開したモデルと位置づけ、商用利用やミッションクリティカルな用途は想定していない。",
            "Whatever the license allows, the model card presents it as a research release, not meant for commercial or mission-critical use.",
            "Quoi que permette la licence, la fiche du modèle le présente comme une publication de recherche, non prévue pour un usage commercial ou critique.")),
    };
}

/// <summary>The catalog's footnote for one of the list's footnote numbers.</summary>
internal sealed record FootnoteWords(string UpstreamNumber, string Id, LocalizedText Text, bool OpenAiTermsCaveat = false);
