using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Cli.Markdown;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Turns the list's base-model cells (<c>**Shisa Gamma 7B (v1)**, Arithmo2 Mistral 7B</c>, <c>Qwen 2.5</c>) into
/// references: each mention is looked up among the imported models' names and Hugging Face ids, then among the foreign
/// base models' names, aliases and Hugging Face ids (registries/base-models.yaml), spacing, hyphens and case aside.
/// A mention that is not a known name as a whole is searched for known names in its Latin-script runs (prose such as
/// <c>Llama-3-Example-JP-v2 に対して追加学習</c>). What resolves nothing is reported at the row. The cell's text stays as written
/// for rendering; the references carry the section's relation (sections registry, <c>base_relation</c>).
/// </summary>
internal sealed class BaseModelResolver
{
    private static readonly Regex MentionSeparators = new(@"<br\s*/?>|,|、|\s\+\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex LatinRuns = new(@"[A-Za-z0-9][A-Za-z0-9 ._/\-]*[A-Za-z0-9]", RegexOptions.CultureInvariant);
    private static readonly Regex Parenthetical = new(@"\s*\([^)]*\)", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, string> targets = new(System.StringComparer.Ordinal);

    public BaseModelResolver(IEnumerable<ModelRecord> models, IEnumerable<BaseModelEntry> baseModels)
    {
        // Catalog records first: where a record and a foreign base share a spelling, the list means its own row.
        foreach (var model in models)
        {
            var names = new[] { model.Name.Japanese, model.Name.English, model.Name.French }.Where(name => name is not null).Select(name => InlineSyntax.PlainText(name!));
            AddAll(model.Id, names.Concat(model.Variants.Select(variant => variant.HuggingFaceId)).Append(model.Id));
        }

        foreach (var entry in baseModels)
        {
            var names = new[] { entry.Name.Japanese, entry.Name.English, entry.Name.French }.Where(name => name is not null).Select(name => name!);
            AddAll(entry.Id, names.Concat(entry.Aliases).Concat(entry.HuggingFaceIds).Append(entry.Id));
        }
    }

    /// <summary>The records with <c>base_models</c> filled from their cells, and the count of rows that named a base and resolved one.</summary>
    public List<ModelRecord> Resolve(
        IReadOnlyList<ModelRecord> records,
        System.Func<string, string?> relationOfSection,
        IReadOnlyDictionary<(string Kind, string Id), (string Section, RowOrigin Origin)> origins,
        ImportReport report)
    {
        var (rows, resolvedRows, unresolved) = (0, 0, 0);
        var result = new List<ModelRecord>(records.Count);
        foreach (var record in records)
        {
            var cell = record.BaseModel?.Japanese ?? record.BaseModel?.English;
            if (cell is null)
            {
                result.Add(record);
                continue;
            }

            rows++;
            var relation = relationOfSection(record.Section) ?? "fine-tuning";
            var bases = new List<string>();
            foreach (var mention in Mentions(cell))
            {
                var found = Find(mention).Where(id => id != record.Id).ToList();
                if (found.Count == 0)
                {
                    unresolved++;
                    var origin = origins.TryGetValue(("model", record.Id), out var row) ? row.Origin : null;
                    report.Problem(origin?.File ?? record.Path, origin?.Line ?? 0, $"base_model: '{mention}' names no model of the list and no base model of registries/base-models.yaml; add the spelling to a base model's aliases");
                }

                bases.AddRange(found.Where(id => !bases.Contains(id)));
            }

            resolvedRows += bases.Count > 0 ? 1 : 0;
            result.Add(record with { BaseModels = bases.Select(id => new BaseModelLink(id, relation)).ToEquatableArray() });
        }

        report.Note("catalog", 0, $"base models: {resolvedRows} of {rows} rows that name a base resolve to at least one; {unresolved} mentions resolve to nothing");
        return result;
    }

    /// <summary>The mentions of a cell: its parts between commas and line breaks, as plain text.</summary>
    private static IEnumerable<string> Mentions(string cell) =>
        MentionSeparators.Split(cell).Select(part => InlineSyntax.PlainText(part).Trim()).Where(part => part.Length > 0);

    /// <summary>The ids a mention names: as a whole (with or without its parenthetical), else known names among its Latin-script runs.</summary>
    private IEnumerable<string> Find(string mention)
    {
        foreach (var candidate in new[] { mention, Parenthetical.Replace(mention, "") })
        {
            if (targets.TryGetValue(Key(candidate), out var id))
            {
                return new[] { id };
            }
        }

        return LatinRuns.Matches(mention).Cast<Match>()
            .Select(run => targets.TryGetValue(Key(run.Value), out var id) ? id : null)
            .Where(id => id is not null)
            .Select(id => id!)
            .Distinct()
            .ToList();
    }

    private void AddAll(string id, IEnumerable<string?> names)
    {
        foreach (var name in names.Where(name => !string.IsNullOrWhiteSpace(name)))
        {
            // A repo id also names the model by its part after the owner (Qwen2.5-32B-Instruct).
            foreach (var spelling in new[] { name!, name!.Substring(name!.IndexOf('/') + 1) })
            {
                var key = Key(spelling);
                if (key.Length > 0 && !targets.ContainsKey(key))
                {
                    targets.Add(key, id);
                }
            }
        }
    }

    /// <summary>A spelling with case, spaces, hyphens and underscores aside: <c>Qwen 2.5</c>, <c>qwen2.5</c> and <c>Qwen-2.5</c> are one.</summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var character in text.Trim())
        {
            if (!char.IsWhiteSpace(character) && character != '-' && character != '_' && character != '*')
            {
                key.Append(char.ToLowerInvariant(character));
            }
        }

        return key.ToString();
    }
}
