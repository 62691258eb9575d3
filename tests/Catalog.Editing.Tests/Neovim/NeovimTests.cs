using System.Diagnostics;
using JapaneseLlm.Catalog.Editing.Tests.LanguageServer;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Editing.Tests.Neovim;

/// <summary>
/// A real editor on <c>jllm lsp</c>: headless Neovim with its built-in LSP client runs Neovim/lsp_session.lua on a
/// copy of the catalog, which types each kind of error into a model record, applies the code actions offered, asks
/// for completion and hover, and saves; the test reads the transcript it writes and the saved file.
/// </summary>
public sealed class NeovimTests(ITestOutputHelper output)
{
    private const string Karasu = "models/text-generation/continual-pretraining/general/karasu.yaml";

    [Fact]
    public async Task Neovim_shows_each_error_where_it_was_typed_and_applies_its_fix()
    {
        using var catalog = new TemporaryCatalog();
        var original = catalog.Read(Karasu);
        var transcriptPath = Path.Combine(catalog.Root, "transcript.txt");
        var jllm = JllmLanguageServer.StartInfo();
        var start = new ProcessStartInfo(NeovimTooling.Executable, ["--headless", "--clean", "-c", "luafile " + NeovimTooling.SessionScript])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = catalog.Root,
        };
        start.Environment["JLLM_CATALOG"] = catalog.Root;
        start.Environment["JLLM_RECORD"] = Karasu;
        start.Environment["JLLM_TRANSCRIPT"] = transcriptPath;
        start.Environment["JLLM_COMMAND"] = string.Join(' ', [jllm.FileName, .. jllm.ArgumentList]);

        using (var neovim = Process.Start(start)!)
        {
            var stdout = neovim.StandardOutput.ReadToEndAsync();
            var stderr = neovim.StandardError.ReadToEndAsync();
            await neovim.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(File.Exists(transcriptPath), $"Neovim wrote no transcript (exit {neovim.ExitCode}): {await stdout} {await stderr}");
        }

        var transcript = File.ReadAllLines(transcriptPath);
        output.WriteLine(string.Join('\n', transcript));
        Assert.DoesNotContain(transcript, line => line.StartsWith("ERROR", StringComparison.Ordinal));

        // Where each error was typed, as jllm check places it (1-based line and column).
        var lines = original.Split('\n');
        int LineOf(string text) => Array.IndexOf(lines, text) + 1;
        Assert.Contains($"received: {LineOf("- apache-2.0")}:3 error JLLM0103 Model 'karasu' refers to license 'apache-2', which is not in the license registry: did you mean 'apache-2.0'?", transcript);
        Assert.Contains($"received: {LineOf("  - openai-terms")}:5 error JLLM0103 Model 'karasu' refers to footnote 'openai-term', which is not in the footnote registry: did you mean 'openai-terms'?", transcript);
        Assert.Contains($"received: {LineOf("licenses:")}:1 error JLLM0002 'licences' is not a key of a model: did you mean 'licenses'?", transcript);
        Assert.Contains(transcript, line => line.StartsWith($"received: {lines.Length + 1}:7 warning JLLM0207 Model 'karasu' writes its developers in en as 'Somebody Else'", StringComparison.Ordinal));

        // The caveat is missing for the first data set the registry says was generated with OpenAI models.
        Assert.Contains(transcript, line => line.StartsWith($"received: {LineOf("- ultrachat-200k")}:3 warning JLLM0204 Model 'karasu' lists data set 'ultrachat-200k'", StringComparison.Ordinal));

        Assert.Contains("code action: Replace 'apache-2' with 'apache-2.0'", transcript);
        Assert.Contains("code action: Remove 'developers_text.en'", transcript);
        Assert.Contains("code action: Add footnote 'openai-terms' to 'footnotes: licenses:'", transcript);
        Assert.Equal(5, transcript.Count(line => line == "after the fix: 0 diagnostic(s)"));
        Assert.Contains("buffer equals the original after four fixes: true", transcript);

        var licenseCount = File.ReadAllLines(catalog.PathOf("registries/licenses.yaml")).Count(line => line.StartsWith("- id: ", StringComparison.Ordinal));
        Assert.Contains(transcript, line => line.StartsWith("completion at ", StringComparison.Ordinal) && line.EndsWith($": {licenseCount} items, first apache-2.0, apache-2.0 offered", StringComparison.Ordinal));
        Assert.Contains(transcript, line => line.StartsWith("hover on line ", StringComparison.Ordinal) && line.Contains("- commercial use: **allowed**", StringComparison.Ordinal));

        // The saved file: the record as it was, its caveat written back by the code action.
        var caveat = "footnotes:\n  licenses:\n  - openai-terms\n";
        Assert.Contains(caveat, original, StringComparison.Ordinal);
        Assert.Equal(original.Replace(caveat, "footnotes:\n  licenses: openai-terms\n", StringComparison.Ordinal), catalog.Read(Karasu));
    }
}
