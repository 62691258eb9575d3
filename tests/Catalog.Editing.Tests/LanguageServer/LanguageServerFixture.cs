using Xunit;

namespace JapaneseLlm.Catalog.Editing.Tests.LanguageServer;

/// <summary>One yaml-language-server for all editor tests: starting node and loading the schemas once keeps the run short.</summary>
public sealed class LanguageServerFixture : IAsyncLifetime
{
    private YamlLanguageServer? server;

    internal YamlLanguageServer Server => server ?? throw new InvalidOperationException("The language server has not started.");

    public async Task InitializeAsync() => server = await YamlLanguageServer.Start(TestPaths.RepositoryRoot);

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
