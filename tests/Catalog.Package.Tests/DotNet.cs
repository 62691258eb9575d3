namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>Runs the dotnet CLI in a folder with a private package cache, capturing its output.</summary>
internal static class DotNet
{
    public static (int ExitCode, string Output) Run(string workingDirectory, string packagesFolder, params string[] arguments) =>
        ProcessRunner.Run("dotnet", workingDirectory, arguments, start =>
        {
            // A private cache: a stale JapaneseLlm.Catalog from an earlier run must never be restored.
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment.Remove("MSBuildExtensionsPath");
            start.Environment.Remove("MSBUILD_EXE_PATH");
            start.Environment.Remove("MSBuildSDKsPath");
        });
}
