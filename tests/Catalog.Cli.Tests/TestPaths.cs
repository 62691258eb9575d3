using System.IO;

namespace JapaneseLlm.Catalog.Cli.Tests;

/// <summary>Finds the repository (the folder holding Catalog.sln) and the upstream list beside it in shared/.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(System.AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Catalog.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("Catalog.sln not found above " + System.AppContext.BaseDirectory);
        }
    }

    public static string Upstream => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "upstream", "awesome-japanese-llm"));

    public static string Catalog => Path.Combine(RepositoryRoot, "catalog");

    /// <summary>The Swallow LLM Leaderboard's data beside the list in shared/ (CC-BY 4.0).</summary>
    public static string Leaderboard => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "evaluations", "swallow-leaderboard"));
}
