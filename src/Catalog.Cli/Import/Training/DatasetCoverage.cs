using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import.Training;

/// <summary>
/// How far the data-set registry covers the list: the mentions in the training-data cells that resolve to a registry
/// id, every one that does not (at its place in the list), the models with data-set ids and the registry entries
/// whose generated_by has a source.
/// </summary>
internal sealed class DatasetCoverage
{
    private readonly List<(string File, int Line, string Mention)> unresolved = new();
    private readonly SortedDictionary<string, int> notNames = new(System.StringComparer.Ordinal);

    public int Resolved { get; private set; }

    public int Mentions => Resolved + unresolved.Count;

    public IReadOnlyList<ImportProblem> Unresolved =>
        unresolved.Select(mention => new ImportProblem(mention.File, mention.Line, $"no registry entry for '{mention.Mention}'")).ToList();

    /// <summary>Models whose table has a training-data column, and of those the ones with data-set ids.</summary>
    public (int WithTrainingData, int WithDatasets) Models { get; private set; }

    /// <summary>Registry entries, and of those the ones with generated_by and its source.</summary>
    public (int Entries, int GeneratedWithSource) Registry { get; private set; }

    public void Add(string file, int line, IEnumerable<DatasetMention> mentions)
    {
        foreach (var mention in mentions)
        {
            switch (mention.Kind)
            {
                case MentionKind.Resolved:
                    Resolved++;
                    break;
                case MentionKind.Unresolved:
                    unresolved.Add((file, line, mention.Text));
                    break;
                default:
                    notNames.TryGetValue(mention.Text, out var count);
                    notNames[mention.Text] = count + 1;
                    break;
            }
        }
    }

    public void Measure(IReadOnlyCollection<ModelRecord> models, IReadOnlyCollection<DatasetEntry> registry)
    {
        var withTrainingData = models.Where(model => model.TrainingData is not null).ToList();
        Models = (withTrainingData.Count, withTrainingData.Count(model => model.Datasets.Count > 0));
        Registry = (registry.Count, registry.Count(entry => entry.GeneratedBy.Count > 0 && entry.GeneratedBySource is not null));
    }

    public void AppendTo(StringBuilder text)
    {
        text.Append(CultureInfo.InvariantCulture, $"\nData sets named in training-data cells: {Resolved} of {Mentions} mentions resolved ({Percent(Resolved, Mentions)})\n");
        text.Append(CultureInfo.InvariantCulture, $"  models with data-set ids: {Models.WithDatasets} of {Models.WithTrainingData} with training data ({Percent(Models.WithDatasets, Models.WithTrainingData)})\n");
        text.Append(CultureInfo.InvariantCulture, $"  registry entries with generated_by and its source: {Registry.GeneratedWithSource} of {Registry.Entries}\n");
        text.Append(CultureInfo.InvariantCulture, $"  unresolved mentions ({unresolved.Count}):\n");
        foreach (var mention in Unresolved)
        {
            text.Append("    ").Append(mention).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"  items read as no data set's name (prose, own or undisclosed data, amounts, methods, descriptions; {notNames.Values.Sum()} in {notNames.Count} spellings):\n");
        foreach (var (item, count) in notNames)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {count} x {item}\n");
        }
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
