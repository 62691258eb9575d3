using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Catalog;
using JapaneseLlm.Catalog.Cli.Import.Training;
using JapaneseLlm.Catalog.Cli.Markdown;
using JapaneseLlm.Catalog.Cli.Upstream;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>
/// Maps the list onto the catalog: footnotes, sections, one record per table row (the three languages
/// merged), then the registries the records refer to, and last the cells the structure cannot reproduce.
/// Pure: the same list gives the same catalog, whatever the machine or culture.
/// </summary>
internal static class CatalogImporter
{
    /// <param name="upstream">The list as read.</param>
    /// <param name="knowledge">What the importer knows beyond the list; that of the bundled catalog when left out.</param>
    public static ImportResult Import(UpstreamList upstream, ImportKnowledge? knowledge = null)
    {
        knowledge ??= ImportKnowledge.Bundled;
        var report = new ImportReport();
        var (footnotes, footnoteIds) = FootnoteImporter.Build(upstream, knowledge.Footnotes, report);
        string MapMarkers(string text) => InlineSyntax.MapMarkers(text, label => footnoteIds.TryGetValue(label, out var id) ? id : "unknown-" + label);
        var caveats = footnotes.Where(footnote => footnote.OpenAiTermsCaveat).Select(footnote => footnote.Id).ToList();

        var sections = SectionImporter.Import(upstream, knowledge, MapMarkers, report);
        var modelParser = new ModelRowParser(report, caveats, knowledge.Licenses, knowledge.Words);
        var models = new List<(ImportedSection Section, ModelDraft Draft)>();
        var benchmarks = new List<(ImportedSection Section, BenchmarkDraft Draft)>();
        var papers = new List<PaperRecord>();
        var paperIds = new IdAllocator("paper");
        var rowsBySection = new Dictionary<string, List<UpstreamRow>>(System.StringComparer.Ordinal);
        var origins = new Dictionary<(string Kind, string Id), (string Section, RowOrigin Origin)>();
        foreach (var missing in upstream.MissingFiles)
        {
            report.MissingFile(missing, MissingFileConsequence(missing));
        }

        foreach (var section in sections.Where(section => section.Tables.Ja is not null))
        {
            var rows = Rows(section, MapMarkers, report);
            rowsBySection.Add(section.Entry.Id, rows);
            foreach (var row in rows)
            {
                switch (section.Entry.RecordKind)
                {
                    case "model":
                        models.Add((section, modelParser.Parse(section.Fields, row.Cells, section.Entry.VariantsIn, row.Origin)));
                        break;
                    case "benchmark":
                        benchmarks.Add((section, BenchmarkRowParser.Parse(section.Fields, row.Cells, row.Origin, report, knowledge.Words)));
                        break;
                    case "paper":
                        papers.Add(PaperRowParser.Parse(section, row, papers.Count(paper => paper.Section == section.Entry.Id), paperIds, report));
                        origins[("paper", papers[papers.Count - 1].Id)] = (section.Entry.Id, row.Origin);
                        break;
                }
            }
        }

        var developers = new DeveloperRegistryBuilder();
        developers.Add(models.SelectMany(model => model.Draft.Developers));
        developers.Add(benchmarks.SelectMany(benchmark => benchmark.Draft.Developers));
        var (developerEntries, developerIds) = developers.Build();

        var announced = AnnouncementMatcher.Match(upstream.Announcements, models.Select(model => model.Draft).ToList(), upstream.AnnouncementsPath, report);
        var modelIds = new IdAllocator("model");
        var modelRecords = new List<ModelRecord>();
        foreach (var group in models.GroupBy(model => model.Section))
        {
            var order = 0;
            foreach (var (section, draft) in group)
            {
                order += 10;
                var mentions = TrainingCellReader.Read(draft.TrainingData?.Japanese).SelectMany(line => line.Items).SelectMany(item => DatasetMentions.In(item, knowledge.Datasets)).ToList();
                report.Datasets.Add(draft.Origin.File, draft.Origin.Line, mentions);
                var datasetIds = mentions.Select(mention => mention.DatasetId).OfType<string>().Distinct().ToList();
                var name = draft.Name.English ?? draft.Name.Japanese ?? "";
                var id = modelIds.Allocate(InlineSyntax.PlainText(name), draft.Variants.FirstOrDefault()?.HuggingFaceId ?? "model", InlineSyntax.PlainText(InlineSyntax.FirstLine(name)));
                var caveatFor = OpenAiTermsCorrection.DatasetsCallingForCaveat(
                    datasetIds, draft.Footnotes.Select(footnote => footnote.FootnoteId), caveats, knowledge.Datasets, knowledge.Findings.Suppresses(id, OpenAiTermsCorrection.MissingCaveatRule));
                var training = TrainingStageBuilder.Build(draft.TrainingData?.Japanese, knowledge.Datasets);
                if (caveatFor.Count > 0)
                {
                    draft.Footnotes.Add(("licenses", caveats[0]));
                    report.Note(draft.Origin.File, draft.Origin.Line, $"the OpenAI-terms caveat is added to '{id}': the training data names {OpenAiTermsCorrection.Describe(caveatFor, training, knowledge.Datasets)}");
                }

                origins[("model", id)] = (section.Entry.Id, draft.Origin);
                modelRecords.Add(draft.ToRecord(
                    id,
                    section.Entry.Id,
                    order,
                    draft.Developers.Select(mention => developerIds[mention.Key]).ToList(),
                    datasetIds,
                    announced.TryGetValue(draft, out var date) ? date : null) with
                {
                    Training = training.ToEquatableArray(),
                    CaveatAddedFor = caveatFor.Select(dataset => new EntryReference(dataset)).ToEquatableArray(),
                });
            }
        }

        modelRecords = new BaseModelResolver(modelRecords, knowledge.BaseModels).Resolve(modelRecords, knowledge.Sections.BaseRelationFor, origins, report);

        var benchmarkIds = new IdAllocator("benchmark");
        var benchmarkRecords = new List<BenchmarkRecord>();
        foreach (var group in benchmarks.GroupBy(benchmark => benchmark.Section))
        {
            var order = 0;
            foreach (var (section, draft) in group)
            {
                order += 10;
                var id = benchmarkIds.Allocate(draft.Anchor ?? InlineSyntax.PlainText(draft.Name.English ?? ""), InlineSyntax.PlainText(draft.Name.Japanese ?? ""));
                origins[("benchmark", id)] = (section.Entry.Id, draft.Origin);
                benchmarkRecords.Add(draft.ToRecord(id, section.Entry.Id, order, draft.Developers.Select(mention => developerIds[mention.Key]).ToList()));
            }
        }

        var licenses = LicenseRegistryBuilder.Build(models.Select(model => model.Draft), modelRecords, knowledge.BaseModels, knowledge.Licenses);
        var datasets = knowledge.Datasets.All.ToList();

        var draftCatalog = new CatalogContent(sections.Select(section => section.Entry).ToList(), modelRecords.Select(PlainTexts.Apply).ToList(), benchmarkRecords.Select(PlainTexts.Apply).ToList(), papers, developerEntries, licenses, datasets, footnotes) { BaseModels = knowledge.BaseModels, Vocabulary = knowledge.Vocabulary };
        var found = DisplayTextFinder.Apply(draftCatalog, rowsBySection, report);
        var catalog = RecordGate.Apply(
            new CatalogContent(found.Sections, knowledge.Releases.Apply(knowledge.Findings.Apply(found.Models.Select(model => VariantLicenseSplitter.Apply(model, knowledge.Licenses)).ToList(), report)), found.Benchmarks, found.Papers, found.Developers, found.Licenses, found.Datasets, found.Footnotes) { BaseModels = found.BaseModels, Vocabulary = found.Vocabulary },
            origins,
            report);
        CaveatCheck.Report(catalog, report);
        report.Datasets.Measure(catalog.Models, catalog.Datasets);
        foreach (var section in sections.Where(section => rowsBySection.ContainsKey(section.Entry.Id)))
        {
            var id = section.Entry.Id;
            var records = catalog.Models.Count(model => model.Section == id) + catalog.Benchmarks.Count(benchmark => benchmark.Section == id) + catalog.Papers.Count(paper => paper.Section == id);
            report.Section(id, section.Entry.RecordKind ?? "", section.Tables.Ja!.Rows.Count, records);
        }

        return new ImportResult(catalog, report);
    }

    private static string MissingFileConsequence(string path) =>
        path == UpstreamReader.AnnouncementsPath ? "no announcement dates are imported"
        : path.StartsWith("parts/", System.StringComparison.Ordinal) ? "the papers sections read the tables that stand in README.md, if any"
        : $"the {path.Split('/')[0]} text falls back to the Japanese README.md";

    /// <summary>The section's rows in the three languages, paired, with markers turned into footnote ids.</summary>
    private static List<UpstreamRow> Rows(ImportedSection section, System.Func<string, string> mapMarkers, ImportReport? report)
    {
        var tables = section.Tables;
        var ja = tables.Ja!;
        var columns = ja.Header.Count;
        var kept = section.TableColumns;
        var en = RowAligner.Align(ja.Rows, tables.En?.Rows ?? new List<TableRow>());
        var fr = RowAligner.Align(ja.Rows, tables.Fr?.Rows ?? new List<TableRow>());
        if (report is not null)
        {
            foreach (var language in new[] { CatalogLanguage.English, CatalogLanguage.French })
            {
                var other = tables[language];
                if (other is not null && other.Rows.Count != ja.Rows.Count)
                {
                    report.Problem(section.Files[language], other.Line, $"section '{section.Entry.Id}' has {other.Rows.Count} rows here but {ja.Rows.Count} in {section.Files.Ja}");
                }
            }
        }

        var rows = new List<UpstreamRow>();
        for (var index = 0; index < ja.Rows.Count; index++)
        {
            var trio = new PerLanguage<TableRow?>(ja.Rows[index], en[index], fr[index]);
            foreach (var language in PerLanguage<int>.Languages)
            {
                var row = trio[language];
                if (report is null)
                {
                    continue;
                }

                if (row is null)
                {
                    report.Problem(section.Files.Ja, ja.Rows[index].Line, $"no {language} row matches this row; the {language} text falls back to Japanese");
                }
                else if (row.Cells.Count != columns)
                {
                    report.Problem(section.Files[language], row.Line, $"the row has {row.Cells.Count} cells but the table has {columns} columns; missing cells are read as empty");
                }
                else if (language != CatalogLanguage.Japanese && index < (tables[language]?.Rows.Count ?? 0) && !ReferenceEquals(row, tables[language]!.Rows[index]))
                {
                    report.Note(section.Files[language], row.Line, $"this row is at another position than its Japanese row ({section.Files.Ja}:{ja.Rows[index].Line}); paired by the links they share");
                }
            }

            var origin = new RowOrigin(section.Files, trio.Select(row => row?.Line ?? ja.Rows[index].Line));
            var cells = kept
                .Select(column => trio.Select(row => mapMarkers((row ?? ja.Rows[index]).Cells.ElementAtOrDefault(column) ?? "")))
                .ToList();
            rows.Add(new UpstreamRow(origin, cells));
        }

        return rows;
    }
}
