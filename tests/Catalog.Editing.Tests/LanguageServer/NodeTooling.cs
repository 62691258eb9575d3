namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>Where the project's build installed yaml-language-server (tests/Catalog.Editing.Tests/node, from its lock file).</summary>
internal static class NodeTooling
{
    public static string NodeFolder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Catalog.Editing.Tests", "node");

    public static string LanguageServerScript
    {
        get
        {
            var script = Path.Combine(NodeFolder, "node_modules", "yaml-language-server", "bin", "yaml-language-server");
            return File.Exists(script)
                ? script
                : throw new InvalidOperationException($"yaml-language-server is not installed in {NodeFolder}: the build runs 'npm ci' there (see the build log for why it failed), or run it by hand.");
        }
    }
}
