using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>JLLM0213: a variant's <c>hf</c> that is not a repository id <c>owner/name</c>.</summary>
public sealed class HuggingFaceIdRule : ContentRule
{
    // The Hub's own constraint on owner and repository names: letters, digits, '-', '_' and '.'.
    private static readonly Regex RepoId = new(@"^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant);

    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        foreach (var model in context.Models)
        {
            for (var index = 0; index < model.Variants.Count; index++)
            {
                if (model.Variants[index].HuggingFaceId is { } id && !RepoId.IsMatch(id))
                {
                    var path = string.Format(CultureInfo.InvariantCulture, "variants[{0}].hf", index);
                    reporter.Report(CatalogRules.MalformedHuggingFaceId, model, reporter.Locate(model).ValueSpanOf(path), model.Id, id, path);
                }
            }
        }
    }
}

/// <summary>JLLM0212: one Hugging Face repository listed by two records (or twice by one), reported where it repeats.</summary>
public sealed class DuplicateHuggingFaceRepoRule : ContentRule
{
    public override void Check(CatalogRuleContext context, RuleReporter reporter)
    {
        // Repository ids are case-insensitive on the Hub.
        var firstOwner = new Dictionary<string, ModelRecord>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in context.Models)
        {
            for (var index = 0; index < model.Variants.Count; index++)
            {
                if (model.Variants[index].HuggingFaceId is not { } id)
                {
                    continue;
                }

                if (firstOwner.TryGetValue(id, out var owner))
                {
                    var path = string.Format(CultureInfo.InvariantCulture, "variants[{0}].hf", index);
                    reporter.Report(CatalogRules.DuplicateHuggingFaceRepo, model, reporter.Locate(model).ValueSpanOf(path), model.Id, id, owner.Id);
                }
                else
                {
                    firstOwner.Add(id, model);
                }
            }
        }
    }
}
