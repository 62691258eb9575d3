using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import.Training;

/// <summary>
/// Turns a training-data cell into training stages: one per labelled line (<c>事前学習:</c>, <c>DPO (instruct3 only):</c>),
/// a line that names the variants it is about (<c>*instruct モデルでは …</c>) or an aside in brackets that does
/// (<c>(NCモデルでは … Alpaca Dataset も含めて学習)</c>) becomes a stage of its own for those variants, an amount line
/// (<c>(計 1.5T トークン)</c>) gives the tokens of the stage before it, and a line without a label continues the stage
/// before it. Stages that name no data set and no tokens carry nothing the prose does not and are left out.
/// </summary>
internal static class TrainingStageBuilder
{
    // Earliest keyword in a label or line decides the kind; continual before pre-training ("継続事前学習" holds "事前学習").
    private static readonly (string Stage, Regex Pattern)[] Kinds =
    {
        ("continual-pretraining", Pattern(@"継続事前学習|追加事前学習|追加学習|継続学習|continual|additional(ly)? (pre-?)?train")),
        ("mid-training", Pattern(@"中間学習|mid-?training")),
        ("pretraining", Pattern(@"事前学習|pre-?train")),
        ("preference-tuning", Pattern(@"\b(dpo|rlhf|ppo|orpo|kto|simpo)\b|preference")),
        ("reinforcement-learning", Pattern(@"\bgrpo\b|強化学習|\brl\b|reinforcement")),
        ("distillation", Pattern(@"蒸留|distill")),
        ("instruction-tuning", Pattern(@"instruction|\bsft\b|ファインチューニング|fine-?tun|事後学習|post-?train|チューニング")),
    };

    private static readonly Regex Tokens = new(@"(?<amount>\d[\d.,]*\s?[KMBT])\s*(トークン|tokens?)", RegexOptions.CultureInvariant);

    private static readonly Regex LineVariantNote = new(@"^[\\*\s]*(?<variant>[^\s*]{1,40}?)\s*モデル(では|は)\s*", RegexOptions.CultureInvariant);

    private static readonly Regex AsideVariantNote = new(@"[(（](?<variant>[^()（）\s]{1,30}?)\s*モデル(では|は)(?<rest>[^()（）]*)[)）]", RegexOptions.CultureInvariant);

    private static readonly Regex LabelVariants = new(@"[(（](?<variant>[^()（）]+?)\s*(only|のみ)[)）]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "100m: …", "v2-100m: …": a line about one variant, labelled with the variant's name.
    private static readonly Regex VariantLabel = new(@"^[A-Za-z0-9][A-Za-z0-9.\-_]{0,19}$", RegexOptions.CultureInvariant);

    // "(v2では … を除外)": data a variant left out, which no stage has.
    private static readonly Regex Exclusion = new(@"除外|を除く|excluded|exclu", RegexOptions.CultureInvariant);

    public static IReadOnlyList<TrainingStage> Build(string? cell, DatasetKnowledge knowledge)
    {
        var stages = new List<Draft>();
        foreach (var line in TrainingCellReader.Read(cell))
        {
            var lineTokens = TokensIn(line.Body);
            if (line.Label is null && IsAmountOnly(line) && stages.Count > 0)
            {
                stages[stages.Count - 1].Tokens ??= lineTokens;
                continue;
            }

            if (line.Label is null && Exclusion.IsMatch(line.Body))
            {
                continue;
            }

            var variantNote = line.Label is null ? LineVariantNote.Match(line.Body) : Match.Empty;
            Draft stage;
            if (line.Label is not null || variantNote.Success || stages.Count == 0)
            {
                var labelVariants = line.Label is null ? Match.Empty : LabelVariants.Match(line.Label);
                var variantLabel = line.Label is not null && KindOf(line.Label) is null && VariantLabel.IsMatch(line.Label);
                var kind = (variantLabel ? null : KindOf(line.Label ?? WithoutDatasetNames(line.Body, knowledge)))
                    ?? (variantNote.Success && stages.Count > 0 ? stages[stages.Count - 1].Stage : line.Label is null || variantLabel ? "unspecified" : "other");
                stage = new Draft(kind, variantLabel ? null : line.Label)
                {
                    AppliesTo = variantNote.Success ? variantNote.Groups["variant"].Value
                        : labelVariants.Success ? labelVariants.Groups["variant"].Value.Trim()
                        : variantLabel ? line.Label : null,
                };
                stages.Add(stage);
            }
            else
            {
                stage = stages[stages.Count - 1];
            }

            stage.Tokens ??= lineTokens;
            foreach (var item in line.Items)
            {
                var aside = AsideVariantNote.Match(item);
                var main = aside.Success ? item.Remove(aside.Index, aside.Length) : item;
                stage.Add(DatasetsIn(main, knowledge));
                if (aside.Success)
                {
                    var variantStage = new Draft(stage.Stage, stage.Label) { AppliesTo = aside.Groups["variant"].Value };
                    variantStage.Add(DatasetsIn(aside.Groups["rest"].Value, knowledge));
                    stages.Add(variantStage);
                }
            }
        }

        return stages.Where(stage => stage.Datasets.Count > 0 || stage.Tokens is not null).Select(stage => stage.ToStage()).ToList();
    }

    private static IEnumerable<string> DatasetsIn(string text, DatasetKnowledge knowledge) =>
        DatasetMentions.In(text, knowledge).Select(mention => mention.DatasetId).OfType<string>();

    // "HH RLHF" names a data set, not the stage: "… HH RLHF … でファインチューニング" is instruction tuning.
    private static string WithoutDatasetNames(string text, DatasetKnowledge knowledge)
    {
        foreach (var match in knowledge.Matches(text).OrderByDescending(match => match.Start))
        {
            text = text.Remove(match.Start, match.Length);
        }

        return text;
    }

    /// <summary>The kind of stage the earliest keyword in <paramref name="text"/> names; null when none does.</summary>
    private static string? KindOf(string text)
    {
        return Kinds
            .Select(kind => (kind.Stage, Match: kind.Pattern.Match(text)))
            .Where(candidate => candidate.Match.Success)
            .OrderBy(candidate => candidate.Match.Index)
            .Select(candidate => candidate.Stage)
            .FirstOrDefault();
    }

    private static string? TokensIn(string text)
    {
        var amounts = Tokens.Matches(text).Cast<Match>().Select(match => match.Groups["amount"].Value.Replace(" ", "")).Distinct().ToList();
        return amounts.Count == 1 ? amounts[0] : null;
    }

    private static bool IsAmountOnly(TrainingLine line) =>
        line.Items.All(item => DatasetMentions.In(item, DatasetKnowledge.Empty).All(mention => mention.Kind == MentionKind.NotAName)) && TokensIn(line.Body) is not null;

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private sealed class Draft
    {
        private readonly List<string> datasets = new();

        public Draft(string stage, string? label)
        {
            Stage = stage;
            Label = label;
        }

        public string Stage { get; }

        public string? Label { get; }

        public string? Tokens { get; set; }

        public string? AppliesTo { get; init; }

        public IReadOnlyList<string> Datasets => datasets;

        public void Add(IEnumerable<string> ids) => datasets.AddRange(ids.Where(id => !datasets.Contains(id)).Distinct());

        public TrainingStage ToStage() => new(Stage)
        {
            Label = Label,
            Datasets = datasets.Select(id => new EntryReference(id)).ToEquatableArray(),
            Tokens = Tokens,
            AppliesTo = AppliesTo,
        };
    }
}
