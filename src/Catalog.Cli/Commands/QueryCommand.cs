using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using JapaneseLlm.Catalog.Cli.Compiled;
using JapaneseLlm.Catalog.Cli.Options;
using JapaneseLlm.Catalog.Cli.Query;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary><c>jllm query [filters] [--json]</c>: the models matching every filter, as a table or as JSON.</summary>
internal static class QueryCommand
{
    private const string Description = """
        List the models that match every filter given, in id order: a table for people, or --json for scripts.
        The filters mean what the runtime's JapaneseLlmCatalog.Query() methods mean. Exit code 1 when nothing matches.

        Examples:
          jllm query --category text-generation --min-params 30B --commercially-usable
          jllm query --developer sb-intuitions --json
          jllm query --architecture mistral --context-length 32768 --from-year 2024
          jllm query --license apache-2.0 --year 2025 --lang ja
          jllm query --derived-from llama-3 --commercially-usable
          jllm query --dataset alpaca
          jllm query --category text-generation --no-output-terms-risk
          jllm query --trained-on-outputs-of meta
        """;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var category = new Option<string?>("--category") { Description = "Only models of this kind (InCategory)." };
        category.AcceptOnlyFromAmong(ModelCategories.ByName.Keys.ToArray());
        var section = new Option<string?>("--section") { Description = "Only models in this section or its subsections, e.g. text-generation/from-scratch (InSection)." };
        var developer = new Option<string?>("--developer") { Description = "Only models by this developer: its id or name, e.g. sb-intuitions or \"SB Intuitions\" (ByDeveloper)." };
        var license = new Option<string?>("--license") { Description = "Only models published under this license, for the family or a variant: its id, SPDX id or name, e.g. apache-2.0 or Apache-2.0 (WithLicense)." };
        var commercialUse = new Option<string?>("--commercial-use") { Description = "Only models whose most restrictive license terms are exactly these (WithCommercialUse)." };
        commercialUse.AcceptOnlyFromAmong(ClosedSets.CommercialUse.Keys.ToArray());
        var usable = new Option<bool>("--commercially-usable") { Description = "Only models every license of which allows commercial use, without the OpenAI-terms caveat (CommerciallyUsable)." };
        var minimum = new Option<string?>("--min-params") { Description = "Only models with a size of at least this many parameters: 7B, 500M, 1T (WithParameters)." };
        var maximum = new Option<string?>("--max-params") { Description = "Only models with a size of at most this many parameters (WithParameters; with --min-params, one size must lie in both)." };
        var context = WholeNumberOption.Create("--context-length", "Only models that handle at least this many tokens of context (WithContextLength).", "32768");
        var year = WholeNumberOption.Create("--year", "Only models released in this year (InYear).", "2024");
        var fromYear = WholeNumberOption.Create("--from-year", "Only models released in or after this year (FromYear).", "2024");
        var releasedSince = new Option<string?>("--released-since") { Description = "Only models with a variant whose repository was published on or after this day, yyyy-MM-dd, where the catalog knows the day (ReleasedSince)." };
        var architecture = new Option<string?>("--architecture") { Description = "Only models whose architecture mentions this text, case-insensitive (WithArchitecture)." };
        var baseModel = new Option<string?>("--base-model") { Description = "Only models whose base model mentions this text, case-insensitive (WithBaseModel)." };
        var format = new Option<string?>("--format") { Description = "Only models with a variant whose weights are in this format, e.g. gguf for llama.cpp (WithWeightFormat)." };
        format.AcceptOnlyFromAmong([.. ClosedSets.WeightFormats]);
        var derivedFrom = new Option<string?>("--derived-from") { Description = "Only models derived, directly or through other models, from this model or foreign base model: its id, e.g. llama-3 (a foreign base model) or the id of a model record (DerivedFrom)." };
        var dataset = new Option<string?>("--dataset") { Description = "Only models trained on this data set: its id, name or a spelling the list uses, e.g. alpaca (TrainedOn)." };
        var outputsOf = new Option<string?>("--trained-on-outputs-of") { Description = "Only models trained on a data set generated with this maker's or model family's models, as the data-set registry's generated_by names them, e.g. meta, google, deepseek (TrainedOnOutputsOf)." };
        var noRisk = new Option<bool>("--no-output-terms-risk") { Description = "Leave out models trained on data generated with OpenAI models or carrying the OpenAI-terms caveat (WithoutOutputTermsRisk)." };
        var noCaveat = new Option<bool>("--without-openai-caveat") { Description = "Leave out models tuned on OpenAI outputs (WithoutOpenAiTermsCaveat)." };
        var json = new Option<bool>("--json") { Description = "Write the matches as a JSON array (the model objects of 'jllm export --format json')." };
        var language = new Option<string>("--lang") { Description = "The language of names in the table: ja, en or fr.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("ja", "en", "fr");
        var catalog = CatalogInput.CreateOption();

        var command = new Command("query", Description)
        {
            category, section, developer, license, commercialUse, usable, minimum, maximum, context, year, fromYear, releasedSince, architecture, baseModel, format, derivedFrom, dataset, outputsOf, noRisk, noCaveat, json, language, catalog,
        };
        command.SetAction(result => Program.Guard(stderr, () =>
        {
            var conditions = new ModelConditions
            {
                Category = result.GetValue(category) is { } name ? ModelCategories.ByName[name] : null,
                Section = result.GetValue(section),
                Developer = result.GetValue(developer),
                License = result.GetValue(license),
                CommercialUse = result.GetValue(commercialUse) is { } use ? ClosedSets.CommercialUse[use] : null,
                CommerciallyUsable = result.GetValue(usable),
                MinimumParameters = Count("--min-params", result.GetValue(minimum)),
                MaximumParameters = Count("--max-params", result.GetValue(maximum)),
                ContextLength = result.GetValue(context),
                Year = result.GetValue(year),
                FromYear = result.GetValue(fromYear),
                ReleasedSince = Day("--released-since", result.GetValue(releasedSince)),
                Architecture = result.GetValue(architecture),
                BaseModel = result.GetValue(baseModel),
                WeightFormat = result.GetValue(format),
                DerivedFrom = result.GetValue(derivedFrom),
                WithoutOpenAiTermsCaveat = result.GetValue(noCaveat),
                Dataset = result.GetValue(dataset),
                TrainedOnOutputsOf = result.GetValue(outputsOf),
                WithoutOutputTermsRisk = result.GetValue(noRisk),
            };
            return Run(conditions, result.GetValue(json), RenderCommand.ParseLanguage(result.GetValue(language)!), result.GetValue(catalog), stdout, stderr);
        }));
        return command;
    }

    public static int Run(ModelConditions conditions, bool json, JapaneseLlm.Catalog.Authoring.CatalogLanguage language, string? catalogPath, TextWriter stdout, TextWriter stderr)
    {
        var catalog = CatalogInput.Load(catalogPath, stderr);
        conditions = conditions with
        {
            Developer = conditions.Developer is { } developerText ? RegistryIdResolver.Developer(catalog, "--developer", developerText) : null,
            License = conditions.License is { } licenseText ? RegistryIdResolver.License(catalog, "--license", licenseText) : null,
            Dataset = conditions.Dataset is { } datasetText ? RegistryIdResolver.Dataset(catalog, "--dataset", datasetText) : null,
        };
        var matches = catalog.Compile().Query(conditions);
        if (json)
        {
            QueryJsonWriter.Write(stdout, matches);
        }
        else if (matches.Count > 0)
        {
            QueryTableWriter.Write(stdout, matches, catalog, language);
        }

        stderr.WriteLine(matches.Count switch
        {
            0 => "jllm: no model matches.",
            1 => "1 model matches.",
            _ => $"{matches.Count} models match.",
        });
        return matches.Count == 0 ? ExitCodes.Diagnostics : ExitCodes.Ok;
    }

    private static System.DateTime? Day(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return System.DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day
            : throw new UsageException($"{option} {text}: write a day as yyyy-MM-dd");
    }

    private static long? Count(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return ParameterCount.TryParse(text, out var count)
            ? count
            : throw new UsageException($"{option} {text}: write a parameter count such as 7B, 1.8B, 310M or 125000000");
    }
}
