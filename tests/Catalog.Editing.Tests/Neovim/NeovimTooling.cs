using System.Diagnostics;

namespace JapaneseLlm.Catalog.Editing.Tests.Neovim;

/// <summary>
/// Neovim for the editor test, from the Debian packages: installed with apt-get when it is missing and the test runs
/// as root (as fuzz/run.sh installs AFL++); otherwise the test fails and says how to install it.
/// </summary>
internal static class NeovimTooling
{
    private static readonly Lazy<string> Installed = new(Find);

    public static string Executable => Installed.Value;

    public static string SessionScript => Path.Combine(TestPaths.RepositoryRoot, "tests", "Catalog.Editing.Tests", "Neovim", "lsp_session.lua");

    private static string Find()
    {
        if (OnPath("nvim") is { } found)
        {
            return found;
        }

        if (Environment.UserName == "root" && OnPath("apt-get") is not null)
        {
            Run("apt-get", "update -qq");
            Run("apt-get", "install -y -qq neovim");
        }

        return OnPath("nvim") ?? throw new InvalidOperationException(
            "Neovim (nvim, 0.7 or newer) is not installed and could not be installed here: run 'apt-get install neovim' (Debian, Ubuntu) or install it from https://neovim.io, then run the tests again.");
    }

    private static void Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{program} {arguments}' failed ({process.ExitCode}) while installing Neovim for the editor test: {error.Result}");
        }
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
