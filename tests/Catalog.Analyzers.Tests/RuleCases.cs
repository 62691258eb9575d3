using JapaneseLlm.Catalog.Authoring.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace JapaneseLlm.Catalog.Analyzers.Tests;

/// <summary>
/// One content rule's test: catalog files that break the rule (one of them marks with ➤ where the diagnostic
/// must point) and the same files fixed, each laid over the sample catalog.
/// </summary>
public sealed record RuleCase(string Rule, DiagnosticSeverity Severity, string Mentions, (string Path, string Text)[] Broken, (string Path, string Text)[] Fixed)
{
    public override string ToString() => Rule;
}

/// <summary>A broken and a fixed catalog for every content rule (JLLM02xx) and for inline footnote markers (JLLM0103).</summary>
public static class RuleCases
{
    public const string ProbePath = "/catalog/models/probe.yaml";

    public static TheoryData<RuleCase> All => new(Cases());

    private static IEnumerable<RuleCase> Cases()
    {
        yield return Case(CatalogRules.MissingLicense.Id, DiagnosticSeverity.Error, "probe",
            Probe(id: "➤probe", licenses: ""),
            Probe(licenses: "undisclosed: [licenses]"));
        yield return Case(CatalogRules.MissingLicense.Id, DiagnosticSeverity.Error, "variant '1b'",
            Probe(licenses: "", variants: """
                variants:
                - label: 7b
                  hf: probe/probe-7b
                  licenses: [mit]
                - ➤label: 1b
                  hf: probe/probe-1b
                """),
            Probe(licenses: "", variants: """
                variants:
                - label: 7b
                  hf: probe/probe-7b
                  licenses: [mit]
                - label: 1b
                  hf: probe/probe-1b
                  licenses: [apache-2.0]
                """));
        yield return new RuleCase(CatalogRules.UnusedFootnote.Id, DiagnosticSeverity.Warning, "orphan",
            [Footnotes("""
                - id: ➤orphan
                  text: { ja: 注, en: Note, fr: Note }
                """)],
            [Footnotes("""
                - id: orphan
                  text: { ja: 注, en: Note, fr: Note }
                """), Probe(trainingData: "training_data: \"Web text[^orphan]\"")]);
        yield return Case(CatalogRules.UnknownReference.Id, DiagnosticSeverity.Error, "[^missing-note]",
            Probe(trainingData: "training_data: ➤\"Web text[^missing-note]\""),
            Probe(trainingData: "training_data: \"Web text[^openai-terms]\""));
        yield return new RuleCase(CatalogRules.FootnoteMissingLanguage.Id, DiagnosticSeverity.Error, "fr",
            [Footnotes("""
                - id: note
                  ➤text:
                    ja: 注
                    en: Note
                """), Probe(trainingData: "training_data: \"Web text[^note]\"")],
            [Footnotes("""
                - id: note
                  text:
                    ja: 注
                    en: Note
                    fr: Note
                """), Probe(trainingData: "training_data: \"Web text[^note]\"")]);
        yield return Case(CatalogRules.MissingOpenAiTermsCaveat.Id, DiagnosticSeverity.Warning, "metamathqa",
            Probe(extra: "datasets: [➤metamathqa]"),
            Probe(extra: "datasets: [metamathqa]\nfootnotes:\n  licenses: openai-terms"));
        yield return Case(CatalogRules.MissingOpenAiTermsCaveat.Id, DiagnosticSeverity.Warning, "used in the instruction-tuning stage of the variants 'nc'",
            Probe(extra: "datasets: [➤metamathqa]\ntraining:\n- stage: instruction-tuning\n  datasets: [metamathqa]\n  applies_to: nc"),
            Probe(extra: "datasets: [metamathqa]\ntraining:\n- stage: instruction-tuning\n  datasets: [metamathqa]\n  applies_to: nc\nfootnotes:\n  licenses: openai-terms"));
        yield return Case(CatalogRules.UnsupportedOpenAiTermsCaveat.Id, DiagnosticSeverity.Info, "openai-terms",
            Probe(extra: "datasets: [llm-jp-corpus-v3]\nfootnotes:\n  licenses: ➤openai-terms"),
            Probe(extra: "datasets: [metamathqa]\nfootnotes:\n  licenses: openai-terms"));
        yield return Case(CatalogRules.IndividualDeveloperForm.Id, DiagnosticSeverity.Warning, "waybob",
            Probe(developers: "[waybob]", extra: "developers_text:\n  fr: ➤WayBob"),
            Probe(developers: "[waybob]", extra: "developers_text:\n  fr: Individuel (WayBob)\nlinks:\n- field: developers_text\n  text: WayBob\n  url: https://huggingface.co/WayBob"));
        yield return Case(CatalogRules.NonCanonicalDeveloperName.Id, DiagnosticSeverity.Warning, "llm-jp",
            Probe(developers: "[llm-jp]", extra: "developers_text:\n  en: ➤LLM-jp"),
            Probe(developers: "[llm-jp]", extra: "developers_text:\n  en: Research and Development Center for Large Language Models (NII)"));
        yield return Case(CatalogRules.MissingTranslation.Id, DiagnosticSeverity.Warning, "'name'",
            Probe(name: "➤name:\n  ja: プローブ\n  en: Probe"),
            Probe(name: "name:\n  ja: プローブ\n  en: Probe\n  fr: Sonde"));
        yield return Case(CatalogRules.UndisclosedAsText.Id, DiagnosticSeverity.Warning, "training_data",
            Probe(trainingData: "training_data:\n  ja: ➤不明\n  en: undisclosed\n  fr: Inconnu"),
            Probe(trainingData: "undisclosed: [training_data]"));
        yield return Case(CatalogRules.BelowParameterThreshold.Id, DiagnosticSeverity.Info, "100M",
            Probe(variants: "variants:\n- label: 100m\n  hf: probe/probe-100m\n  parameters: ➤100M"),
            Probe(variants: "variants:\n- label: 310m\n  hf: probe/probe-310m\n  parameters: 310M\n- label: 100m\n  hf: probe/probe-100m\n  parameters: 100M"));
        yield return Case(CatalogRules.ArchitectureWithoutPaper.Id, DiagnosticSeverity.Info, "Zipformer",
            Probe(architecture: "architecture: ➤Zipformer"),
            Probe(architecture: "architecture: Transformer (decoder-only)"));
        yield return new RuleCase(CatalogRules.DuplicateHuggingFaceRepo.Id, DiagnosticSeverity.Warning, "karakuri-lm-8x7b-instruct-v0.1",
            [Probe(variants: "variants:\n- label: copy\n  hf: ➤Karakuri-AI/karakuri-lm-8x7b-instruct-v0.1")],
            [Probe(variants: "variants:\n- label: own\n  hf: karakuri-ai/probe-8x7b")]);
        yield return Case(CatalogRules.MalformedHuggingFaceId.Id, DiagnosticSeverity.Error, "https://huggingface.co/probe/probe-7b",
            Probe(variants: "variants:\n- label: 7b\n  hf: ➤https://huggingface.co/probe/probe-7b"),
            Probe(variants: "variants:\n- label: 7b\n  hf: probe/probe-7b"));
        yield return Case(CatalogRules.MalformedUrl.Id, DiagnosticSeverity.Error, "www.example.com/probe",
            Probe(extra: "url: ➤www.example.com/probe"),
            Probe(extra: "url: https://www.example.com/probe"));
        yield return Case(CatalogRules.FutureYear.Id, DiagnosticSeverity.Error, "2999",
            Probe(year: "➤2999"),
            Probe(year: "2024"));
        yield return Case(CatalogRules.AnnouncedInAnotherYear.Id, DiagnosticSeverity.Warning, "2024-05-09",
            Probe(year: "2023", extra: "announced: ➤2024-05-09"),
            Probe(year: "2024", extra: "announced: 2024-05-09"));
        yield return Case(CatalogRules.BulletListInCell.Id, DiagnosticSeverity.Warning, "training_data",
            Probe(trainingData: "training_data: ➤\"-Pre-training: web text\\n-SFT: own data\""),
            Probe(trainingData: "training_data: \"Pre-training: web text\\nSFT: own data\""));
        yield return Case(CatalogRules.PositionEmbeddingOffset.Id, DiagnosticSeverity.Info, "512",
            Probe(section: "encoder/general", extra: "context_length: ➤514"),
            Probe(section: "encoder/general", extra: "context_length: 512"));
        yield return Case(CatalogRules.UnusedSuppression.Id, DiagnosticSeverity.Warning, "JLLM0215",
            Probe(extra: "suppress:\n- ➤rule: JLLM0215\n  reason: The year is right."),
            Probe(year: "2999", extra: "suppress:\n- rule: JLLM0215\n  reason: A test of an accepted finding."));
        yield return Case(CatalogRules.CyclicLineage.Id, DiagnosticSeverity.Error, "probe -> probe",
            Probe(extra: "base_models:\n- model: ➤probe\n  relation: fine-tuning"),
            Probe(extra: "base_models:\n- model: mixtral-8x7b\n  relation: fine-tuning"));
        yield return Case(CatalogRules.UnknownReference.Id, DiagnosticSeverity.Error, "base model 'mixtral-8x22b'",
            Probe(extra: "base_models:\n- model: ➤mixtral-8x22b\n  relation: fine-tuning"),
            Probe(extra: "base_models:\n- model: mixtral-8x7b\n  relation: fine-tuning"));
        yield return Case(CatalogRules.LicenseMorePermissiveThanBase.Id, DiagnosticSeverity.Info, "requires derivatives to keep it",
            Probe(licenses: "licenses: [➤mit]", extra: "base_models:\n- model: stablelm-3b-4e1t\n  relation: continual-pretraining"),
            Probe(licenses: "licenses: [cc-by-sa-4.0]", extra: "base_models:\n- model: stablelm-3b-4e1t\n  relation: continual-pretraining"));
        yield return Case(CatalogRules.LicenseMorePermissiveThanBase.Id, DiagnosticSeverity.Info, "does not allow commercial use",
            Probe(licenses: "licenses: [➤apache-2.0, mit]", extra: "base_models:\n- model: mixtral-8x7b\n  relation: merge\n- model: sarashina2-8x70b\n  relation: merge"),
            Probe(licenses: "licenses: [apache-2.0, sarashina-model-noncommercial]", extra: "base_models:\n- model: mixtral-8x7b\n  relation: merge\n- model: sarashina2-8x70b\n  relation: merge"));
        yield return Case(CatalogRules.LicenseMorePermissiveThanBase.Id, DiagnosticSeverity.Info, "requires derivatives to keep it",
            Probe(licenses: "licenses: [➤mit]", extra: "base_models:\n- model: stablelm-3b-4e1t\n  relation: continual-pretraining"),
            Probe(licenses: "licenses: [mit]", extra: "base_models:\n- model: stablelm-3b-4e1t\n  relation: continual-pretraining\nsuppress:\n- rule: JLLM0221\n  reason: The licensor of the base publishes this derivative under MIT, as its card states."));
        yield return Case(CatalogRules.UnsourcedCaveatSuppression.Id, DiagnosticSeverity.Warning, "JLLM0204",
            Probe(extra: "datasets: [metamathqa]\nsuppress:\n- ➤rule: JLLM0204\n  reason: The list leaves the row unmarked."),
            Probe(extra: "datasets: [metamathqa]\nsuppress:\n- rule: JLLM0204\n  reason: Tuned without it, see https://example.org/probe#training."));
        yield return Case(CatalogRules.CaveatAddedWithoutCause.Id, DiagnosticSeverity.Warning, "llm-jp-corpus-v3",
            Probe(extra: "datasets: [metamathqa, llm-jp-corpus-v3]\ncaveat_added_for: [➤llm-jp-corpus-v3]\nfootnotes:\n  licenses: openai-terms"),
            Probe(extra: "datasets: [metamathqa, llm-jp-corpus-v3]\ncaveat_added_for: [metamathqa]\nfootnotes:\n  licenses: openai-terms"));
        yield return Case(CatalogRules.MarkupInText.Id, DiagnosticSeverity.Error, "a <br> line break",
            Probe(trainingData: "training_data: ➤\"Web text<br>(1T tokens)\""),
            Probe(trainingData: "training_data: \"Web text\\n(1T tokens)\""));
        yield return Case(CatalogRules.MarkupInText.Id, DiagnosticSeverity.Error, "a markdown link",
            Probe(trainingData: "training_data: ➤\"[llm-jp-corpus](https://example.org/corpus)\""),
            Probe(trainingData: "training_data: llm-jp-corpus", extra: "links:\n- field: training_data\n  text: llm-jp-corpus\n  url: https://example.org/corpus"));
        yield return Case(CatalogRules.MarkupInText.Id, DiagnosticSeverity.Error, "variants[0].label",
            Probe(variants: "variants:\n- label: ➤\"**7b**-chat\"\n  hf: probe/probe-7b\n  parameters: 7B"),
            Probe(variants: "variants:\n- label: 7b-chat\n  size: 7b\n  hf: probe/probe-7b\n  parameters: 7B"));
        yield return Case(CatalogRules.LongId.Id, DiagnosticSeverity.Warning, "at most 48 characters",
            Probe(id: "➤probe-japanese-reranker-cross-encoder-xsmall-v1-probe-small"),
            Probe(id: "probe-japanese-reranker-cross-encoder-xsmall-v1"));
    }

    private static RuleCase Case(string rule, DiagnosticSeverity severity, string mentions, (string, string) broken, (string, string) fixedFile) =>
        new(rule, severity, mentions, [broken], [fixedFile]);

    /// <summary>A valid model over the sample's registries; each argument replaces one part of it.</summary>
    public static (string Path, string Text) Probe(
        string id = "probe",
        string section = "text-generation/from-scratch/general",
        string name = "name: Probe",
        string year = "2024",
        string architecture = "architecture: Transformer",
        string trainingData = "training_data: Web text",
        string developers = "[sb-intuitions]",
        string licenses = "licenses: [mit]",
        string variants = "variants:\n- label: 7b\n  hf: probe/probe-7b\n  parameters: 7B",
        string extra = "") =>
        (ProbePath, string.Join("\n", new[]
        {
            "kind: model",
            "id: " + id,
            "section: " + section,
            name,
            "year: " + year,
            architecture,
            trainingData,
            "developers: " + developers,
            licenses,
            variants,
            extra,
        }.Where(line => line.Length > 0)) + "\n");

    /// <summary>The sample's footnote registry (the OpenAI-terms caveat) with <paramref name="more"/> entries after it.</summary>
    private static (string Path, string Text) Footnotes(string more) =>
        ("/catalog/registries/footnotes.yaml", """
            kind: footnotes
            footnotes:
            - id: openai-terms
              text:
                ja: OpenAI の規約に違反する可能性がある。
                en: May violate OpenAI's terms of use.
                fr: Peut enfreindre les conditions d'utilisation d'OpenAI.
              openai_terms_caveat: true

            """ + more + "\n");
}
