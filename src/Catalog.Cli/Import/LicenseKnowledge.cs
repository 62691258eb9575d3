using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Model.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The licenses the importer recognises in the list's license column, by the names the list writes
/// (compared without case, with non-breaking hyphens read as hyphens). A name not here is reported as
/// an unknown license, never guessed. Commercial use is recorded only where the license text settles it.
/// </summary>
internal static class LicenseKnowledge
{
    public static readonly IReadOnlyList<KnownLicense> All = new KnownLicense[]
    {
        new("apache-2.0", new[] { "Apache 2.0" }, "Apache-2.0", "apache-2.0", CommercialUse.Allowed, "https://www.apache.org/licenses/LICENSE-2.0"),
        new("mit", new[] { "MIT" }, "MIT", "mit", CommercialUse.Allowed, "https://opensource.org/license/mit"),
        new("cc-by-4.0", new[] { "CC BY 4.0", "CC BY-4.0" }, "CC-BY-4.0", "cc-by-4.0", CommercialUse.Allowed, "https://creativecommons.org/licenses/by/4.0/"),
        new("cc-by-sa-3.0", new[] { "CC BY-SA 3.0" }, "CC-BY-SA-3.0", "cc-by-sa-3.0", CommercialUse.Allowed, "https://creativecommons.org/licenses/by-sa/3.0/"),
        new("cc-by-sa-4.0", new[] { "CC BY-SA 4.0" }, "CC-BY-SA-4.0", "cc-by-sa-4.0", CommercialUse.Allowed, "https://creativecommons.org/licenses/by-sa/4.0/"),
        new("cc-by-nc", new[] { "CC BY-NC" }, null, null, CommercialUse.NotAllowed, null),
        new("cc-by-nc-4.0", new[] { "CC BY-NC 4.0" }, "CC-BY-NC-4.0", "cc-by-nc-4.0", CommercialUse.NotAllowed, "https://creativecommons.org/licenses/by-nc/4.0/"),
        new("cc-by-nc-sa-4.0", new[] { "CC BY-NC-SA 4.0" }, "CC-BY-NC-SA-4.0", "cc-by-nc-sa-4.0", CommercialUse.NotAllowed, "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
        new("creativeml-openrail-m", new[] { "CreativeML OpenRAIL-M License" }, "CreativeML-OpenRAIL-M", "creativeml-openrail-m", CommercialUse.Conditional, null),
        new("llama2", new[] { "Llama 2 Community License" }, null, "llama2", CommercialUse.Conditional, "https://ai.meta.com/llama/license/"),
        new("llama3", new[] { "Llama 3 Community License" }, null, "llama3", CommercialUse.Conditional, "https://llama.meta.com/llama3/license/"),
        new("llama3.1", new[] { "Llama 3.1 Community License" }, null, "llama3.1", CommercialUse.Conditional, "https://llama.meta.com/llama3_1/license/"),
        new("llama3.2", new[] { "Llama 3.2 Community License" }, null, "llama3.2", CommercialUse.Conditional, "https://llama.meta.com/llama3_2/license/"),
        new("llama3.3", new[] { "Llama 3.3 Community License" }, null, "llama3.3", CommercialUse.Conditional, "https://llama.meta.com/llama3_3/license/"),
        new("gemma", new[] { "Gemma Terms of Use" }, null, "gemma", CommercialUse.Conditional, "https://ai.google.dev/gemma/terms"),
        new("qwen", new[] { "Qwen License" }, null, "other", CommercialUse.Conditional, null),
        new("tongyi-qianwen", new[] { "Tongyi Qianwen LICENSE" }, null, "other", CommercialUse.Conditional, null),
        new("openai-terms-of-use", new[] { "OpenAI Terms of Use" }, null, null, CommercialUse.Conditional, "https://openai.com/policies/terms-of-use"),
        new("lfm-open-1.0", new[] { "LFM Open License v1.0" }, null, "other", CommercialUse.Conditional, null),
        new("plamo-community", new[] { "PLaMo Community License" }, null, "other", CommercialUse.Conditional, null),
        new("plamo-non-commercial", new[] { "PLaMo Non-Commercial License" }, null, "other", CommercialUse.NotAllowed, null),
        new("sarashina-model-non-commercial", new[] { "Sarashina Model NonCommercial License" }, null, "other", CommercialUse.NotAllowed, null),
        new("nvidia-nemotron-open-model", new[] { "NVIDIA Nemotron Open Model License Agreement" }, null, "other", CommercialUse.Allowed, null),
        new("fugaku-llm-terms", new[] { "Fugaku-LLM Terms of Use" }, null, "other", CommercialUse.Unknown, null),
        new("llm-jp-3-172b-beta1-terms", new[] { "LLM-jp-3 172B beta1 Terms of Use" }, null, "other", CommercialUse.Unknown, null),
        new("llm-jp-3-172b-beta2-terms", new[] { "LLM-jp-3 172B beta2 Terms of Use" }, null, "other", CommercialUse.Unknown, null),
        new("llm-jp-3-172b-terms", new[] { "LLM-jp-3 172B Terms of Use" }, null, "other", CommercialUse.Unknown, null),
        new("llm-jp-3-172b-instruct3-terms", new[] { "llm-jp-3-172b-instruct3 Terms of Use", "llm-jp-3-172b-instruct3利用許諾契約" }, null, "other", CommercialUse.Unknown, null),
        new("sip-jmed-llm-3-terms", new[] { "SIP-jmed-llm-3-8x13b-AC-32k-instruct Terms of Use" }, null, "other", CommercialUse.Unknown, null),
        new("asclelm-terms", new[] { "AscleLM-1-10B Terms of Use" }, null, "other", CommercialUse.NotAllowed, null),
        new("japanese-stablelm-research", new[] { "JAPANESE STABLELM RESEARCH LICENSE" }, null, "other", CommercialUse.NotAllowed, null),
        new("stability-ai-non-commercial-research", new[] { "STABILITY AI NON-COMMERCIAL RESEARCH COMMUNITY LICENSE" }, null, "other", CommercialUse.NotAllowed, null),
        new("stability-ai-japanese-stable-vlm", new[] { "STABILITY AI JAPANESE STABLE VLM COMMUNITY LICENSE" }, null, "other", CommercialUse.Unknown, null),
        new("stability-ai-japanese-stable-clip", new[] { "STABILITY AI JAPANESE STABLE CLIP COMMUNITY LICENSE" }, null, "other", CommercialUse.Unknown, null),
        new("stability-ai-japanese-sdxl", new[] { "STABILITY AI JAPANESE STABLE DIFFUSION XL COMMUNITY LICENSE" }, null, "other", CommercialUse.Unknown, null),
        new("microsoft-research", new[] { "MICROSOFT RESEARCH LICENSE" }, null, "other", CommercialUse.NotAllowed, null),
        new("japanese-dialog-transformers-evaluation", new[] { "独自のライセンス", "Evaluation Licence", "Licence en évaluation" }, null, "other", CommercialUse.NotAllowed, "https://github.com/nttcslab/japanese-dialog-transformers/blob/main/LICENSE.md"),
    };

    public static KnownLicense? Find(string name)
    {
        var key = Normalize(name);
        return All.FirstOrDefault(license => license.Names.Any(known => Normalize(known) == key));
    }

    /// <summary>Every known license whose name occurs in a free-form cell, in the order they occur.</summary>
    public static IReadOnlyList<KnownLicense> FindAllIn(string text)
    {
        var normalized = Normalize(text);
        var found = new List<(int Position, KnownLicense License)>();
        foreach (var license in All)
        {
            var positions = license.Names.Select(name => normalized.IndexOf(Normalize(name), StringComparison.Ordinal)).Where(position => position >= 0).ToList();
            if (positions.Count > 0)
            {
                found.Add((positions.Min(), license));
            }
        }

        // A name inside a longer one ("Llama 3 …" is not inside "Llama 3.1 …", but "CC BY-NC" is inside "CC BY-NC 4.0").
        return found
            .Where(candidate => !found.Any(other => other.License != candidate.License && other.License.Names.Any(longer =>
                Normalize(longer).Contains(Normalize(candidate.License.Names[0])) && Normalize(longer).Length > Normalize(candidate.License.Names[0]).Length
                && normalized.Contains(Normalize(longer)))))
            .OrderBy(candidate => candidate.Position)
            .Select(candidate => candidate.License)
            .ToList();
    }

    public static string Normalize(string name) =>
        name.Replace("&#x2011;", "-").Replace("\u2011", "-").Trim().ToLowerInvariant();
}

internal sealed record KnownLicense(string Id, IReadOnlyList<string> Names, string? Spdx, string? HuggingFace, CommercialUse CommercialUse, string? Url);
