using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Cli.Schema;

/// <summary>
/// One small, complete file of each kind, shown in docs/schema.md. Tests parse each with the catalog parser
/// and validate it with the editor's language server, so the documentation cannot drift from either.
/// </summary>
internal static class SchemaExamples
{
    public static readonly IReadOnlyList<SchemaExample> All = new[]
    {
        new SchemaExample("model", "catalog/models/text-generation/from-scratch/general/example-7b.yaml", """
            # yaml-language-server: $schema=../../../../schema/model.schema.json
            kind: model
            id: example-7b
            section: text-generation/from-scratch/general
            name: Example 7B
            url: https://example.org/news/example-7b
            year: 2025
            announced: 2025-04-01
            architecture: Llama
            context_length:
            - tokens: 4096
              applies_to: base
            - tokens: 32768
              applies_to: instruct
            training_data:
              ja: 日本語と英語のウェブ文書 (計 **2T** トークン)
              en: Japanese and English web text (**2T** tokens)
              fr: Textes web japonais et anglais (**2T** tokens)
            developers:
            - llm-jp
            licenses:
            - apache-2.0
            variants:
            - label: "**7b**"
              hf: example-org/example-7b
              parameters: 7B
            - label: "**7b**-instruct"
              hf: example-org/example-7b-instruct
              parameters: 7B
              licenses:
              - cc-by-nc-4.0
            footnotes:
              architecture: plamo-13b-architecture
            """),
        new SchemaExample("benchmark", "catalog/benchmarks/generation/example-bench.yaml", """
            # yaml-language-server: $schema=../../schema/benchmark.schema.json
            kind: benchmark
            id: example-bench
            section: benchmarks/generation
            name: Example Bench
            url: https://github.com/example-org/example-bench
            description:
              ja: 日本語の対話能力を 80 問で評価するベンチマーク。
              en: Evaluates Japanese dialogue ability with 80 questions.
              fr: Évalue le dialogue en japonais avec 80 questions.
            developers:
            - llm-jp
            order: 70
            """),
        new SchemaExample("paper", "catalog/papers/architectures/example-attention.yaml", """
            # yaml-language-server: $schema=../../schema/paper.schema.json
            kind: paper
            id: example-attention
            section: papers/architectures
            name: Example Attention
            published: 2017-06-12
            venue: NeurIPS 2017
            title: Attention Is All You Need
            url: https://arxiv.org/abs/1706.03762
            """),
        new SchemaExample("developers", "catalog/registries/developers.yaml", """
            # yaml-language-server: $schema=../schema/developers.schema.json
            kind: developers
            developers:
            - id: example-lab
              name:
                ja: 例研究所
                en: Example Lab
                fr: Laboratoire Exemple
              url: https://example.org
            - id: taro-example
              name: Taro Example
              individual: true
            """),
        new SchemaExample("licenses", "catalog/registries/licenses.yaml", """
            # yaml-language-server: $schema=../schema/licenses.schema.json
            kind: licenses
            licenses:
            - id: apache-2.0
              name: Apache 2.0
              spdx: Apache-2.0
              huggingface: apache-2.0
              commercial_use: allowed
              url: https://www.apache.org/licenses/LICENSE-2.0
              derivatives:
              - attribution
            - id: llama3
              name: Llama 3 Community License
              huggingface: llama3
              commercial_use: conditional
              derivatives:
              - keep-license
              - attribution
              - naming
            - id: example-research-license
              name: Example Research License
              huggingface: other
              commercial_use: not-allowed
            """),
        new SchemaExample("datasets", "catalog/registries/datasets.yaml", """
            # yaml-language-server: $schema=../schema/datasets.schema.json
            kind: datasets
            datasets:
            - id: ultrachat-200k
              name: UltraChat 200k
              url: https://huggingface.co/datasets/HuggingFaceH4/ultrachat_200k
              generated_by:
              - openai
              generated_by_source: https://huggingface.co/datasets/HuggingFaceH4/ultrachat_200k
            """),
        new SchemaExample("footnotes", "catalog/registries/footnotes.yaml", """
            # yaml-language-server: $schema=../schema/footnotes.schema.json
            kind: footnotes
            footnotes:
            - id: example-openai-terms
              text:
                ja: OpenAI のモデルで生成したデータで学習しており、OpenAI の利用規約に反する可能性がある。
                en: Trained on data generated by OpenAI models, which may violate OpenAI's terms of use.
                fr: Entraîné sur des données générées par des modèles d'OpenAI, ce qui peut enfreindre leurs conditions d'utilisation.
              openai_terms_caveat: true
            """),
        new SchemaExample("sections", "catalog/registries/sections.yaml", """
            # yaml-language-server: $schema=../schema/sections.schema.json
            kind: sections
            sections:
            - id: text-generation
              level: 2
              anchor: generative
              heading:
                ja: テキスト生成に主に使うモデル
                en: Text Generation Models
                fr: Modèles IA génératives
              category: text-generation
            - id: text-generation/from-scratch
              parent: text-generation
              level: 3
              heading: Models built from scratch
              records: model
              ordering: parameters-desc
              variants_in: name
              long_context_from: 32768
              columns:
              - field: name
                header:
                  ja: モデル
                  en: Model
                  fr: Modèle
                align: left
              - field: context_length
                header: Context length
            - id: text-generation/continual-pretraining
              parent: text-generation
              level: 3
              heading: Models built off other models
              records: model
              base_relation: continual-pretraining
            """),
        new SchemaExample("base_models", "catalog/registries/base-models.yaml", """
            # yaml-language-server: $schema=../schema/base_models.schema.json
            kind: base_models
            base_models:
            - id: llama-3
              name: Llama 3
              developer: Meta
              licenses:
              - llama3
              parameters:
              - 8B
              - 70B
              huggingface:
              - meta-llama/Meta-Llama-3-8B
              - meta-llama/Meta-Llama-3-70B
              url: https://ai.meta.com/blog/meta-llama-3/
              aliases:
              - Llama 3
              - Llama-3
            - id: openbiollm-8b
              name: OpenBioLLM-8B
              developer: Saama AI Labs
              licenses:
              - llama3
              huggingface:
              - aaditya/Llama3-OpenBioLLM-8B
              base_models:
              - llama-3
            """),
        new SchemaExample("vocabulary", "catalog/registries/vocabulary.yaml", """
            # yaml-language-server: $schema=../schema/vocabulary.schema.json
            kind: vocabulary
            vocabulary:
            - id: undisclosed
              text:
                ja: 不明
                en: Undisclosed
                fr: Non divulgué
              aliases:
              - unknown
              - inconnu
            - id: quantized
              aliases:
              - quantized
              - bnb
            """),
    };
}
