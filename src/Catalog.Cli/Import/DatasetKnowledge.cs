using System;
using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// The training data sets the importer recognises in training-data cells: the data-set registry's entries, by their
/// names and aliases (compared without case). A data set the registry does not know is not guessed.
/// </summary>
internal sealed class DatasetKnowledge
{
    private readonly IReadOnlyList<(DatasetEntry Entry, IReadOnlyList<string> Spellings)> known;

    public DatasetKnowledge(IEnumerable<DatasetEntry> registry) =>
        known = registry
            .Select(entry => (entry, (IReadOnlyList<string>)new[] { entry.Name.Ja, entry.Name.En, entry.Name.Fr }.Concat(entry.Aliases)
                .Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name!.ToLowerInvariant()).Distinct().ToList()))
            .ToList();

    /// <summary>The registry entries with these ids, in id order.</summary>
    public List<DatasetEntry> FindAll(ISet<string> ids) =>
        known.Select(dataset => dataset.Entry).Where(entry => ids.Contains(entry.Id)).OrderBy(entry => entry.Id, StringComparer.Ordinal).ToList();

    /// <summary>The registry entries of the data sets <paramref name="trainingData"/> names, in the order the text names them.</summary>
    public IReadOnlyList<DatasetEntry> FindAllIn(string trainingData)
    {
        var text = trainingData.ToLowerInvariant();
        return known
            .Select(dataset => (dataset.Entry, Position: dataset.Spellings.Select(name => text.IndexOf(name, StringComparison.Ordinal)).Where(position => position >= 0).DefaultIfEmpty(-1).Min()))
            .Where(found => found.Position >= 0)
            .OrderBy(found => found.Position)
            .Select(found => found.Entry)
            .ToList();
    }
}
