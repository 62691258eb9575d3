using JapaneseLlm.Catalog.Cli.Schema;
using JapaneseLlm.Catalog.Editing.Tests.LanguageServer;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Editing.Tests;

/// <summary>
/// What a person editing the catalog in VS Code sees: the real yaml-language-server validates each file against
/// the schema its modeline names. The committed catalog and the documented examples must be clean; the
/// known-bad files must produce exactly the errors they announce.
/// </summary>
public sealed class EditorValidationTests : IClassFixture<LanguageServerFixture>
{
    private readonly LanguageServerFixture fixture;
    private readonly ITestOutputHelper output;

    public EditorValidationTests(LanguageServerFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    [Fact]
    public async Task Every_catalog_file_is_clean_in_the_editor()
    {
        var files = TestPaths.CatalogFiles();
        var results = await fixture.Server.Validate(files);
        var problems = results.Where(result => result.Value.Count > 0).Select(result => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, result.Key)}: {string.Join("; ", result.Value)}").ToList();
        output.WriteLine($"{files.Count} catalog files validated by yaml-language-server; {problems.Count} with problems.");
        Assert.True(files.Count > 500, $"only {files.Count} catalog files found");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public async Task The_documented_examples_are_clean_in_the_editor()
    {
        // Opened at their documented paths inside the real catalog, so their modelines resolve as in a real file.
        var documents = SchemaExamples.All.ToDictionary(example => Path.Combine(TestPaths.RepositoryRoot, example.Path), example => example.Yaml);
        var results = await fixture.Server.Validate(documents);
        Assert.All(results, result => Assert.True(result.Value.Count == 0, $"{result.Key}: {string.Join("; ", result.Value)}"));
    }

    public static TheoryData<string> KnownBadNames() => new(KnownBadFile.All().Select(file => file.Name));

    [Theory]
    [MemberData(nameof(KnownBadNames))]
    public async Task A_known_bad_file_shows_exactly_its_expected_errors(string name)
    {
        var file = KnownBadFile.All().Single(candidate => candidate.Name == name);
        var results = await fixture.Server.Validate(new Dictionary<string, string> { [file.Path] = file.Text }, expectErrors: true);
        var errors = results[file.Path].Where(diagnostic => diagnostic.Severity == 1).ToList();
        foreach (var error in errors)
        {
            output.WriteLine(error.ToString());
        }

        Assert.NotEmpty(file.EditorErrors);
        Assert.Equal(file.EditorErrors.Count, errors.Count);
        foreach (var (line, message) in file.EditorErrors)
        {
            Assert.Contains(errors, error => error.Line == line && error.Message.Contains(message, StringComparison.Ordinal));
        }
    }
}
