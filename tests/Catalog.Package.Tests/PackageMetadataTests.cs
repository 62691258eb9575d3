using System.Reflection.Metadata;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>What a package page and a debugger show: readme, license, icon, tags, description, and sources.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageMetadataTests(PackedFeed feed, ITestOutputHelper output)
{
    // The source link entry in a portable PDB's custom debug information.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Theory]
    [InlineData("JapaneseLlm.Catalog")]
    [InlineData("JapaneseLlm.Catalog.Build")]
    [InlineData("JapaneseLlm.Catalog.Cli")]
    [InlineData("JapaneseLlm.Catalog.Cli.linux-x64")]
    public void Every_package_has_a_readme_a_license_an_icon_and_tags(string id)
    {
        if (id.StartsWith("JapaneseLlm.Catalog.Cli", StringComparison.Ordinal))
        {
            feed.PackTool();
        }

        var nuspec = Nuspec(id);
        output.WriteLine(nuspec.ToString());
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.Equal("icon.png", Element(nuspec, "icon"));
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.NotEmpty(Element(nuspec, "tags").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var entries = feed.Entries(id);
        Assert.Contains("icon.png", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("NOTICE", entries);
    }

    [Fact]
    public void The_tools_description_and_readme_name_every_command_it_has()
    {
        feed.PackTool();
        var description = Element(Nuspec("JapaneseLlm.Catalog.Cli"), "description");
        var readme = feed.ReadEntry("JapaneseLlm.Catalog.Cli", "README.md");
        foreach (var command in new[] { "check", "query", "export", "chart", "import", "render", "schema" })
        {
            Assert.Contains($"`jllm {command}", readme, StringComparison.Ordinal);
        }

        foreach (var command in new[] { "check", "query", "export", "chart", "import", "render" })
        {
            Assert.Contains(command, description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_ci_build_maps_every_source_in_the_symbols_to_the_repository_at_its_commit()
    {
        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(feed.PackagePath("JapaneseLlm.Catalog"), ".snupkg"));
        var pdb = symbols.Entries.Single(entry => entry.FullName.EndsWith("/JapaneseLlm.Catalog.pdb", StringComparison.Ordinal));
        using var stream = new MemoryStream();
        using (var entryStream = pdb.Open())
        {
            entryStream.CopyTo(stream);
        }

        stream.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        var reader = provider.GetMetadataReader();
        var documents = reader.Documents.Select(handle => reader.GetString(reader.GetDocument(handle).Name)).ToList();
        output.WriteLine(string.Join('\n', documents));
        Assert.Contains(documents, document => document.EndsWith("/JapaneseLlmCatalog.cs", StringComparison.Ordinal));
        Assert.All(documents, document => Assert.StartsWith("/_/", document, StringComparison.Ordinal));

        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(information => reader.GetGuid(information.Kind) == SourceLinkKind)
            .Select(information => Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value)))
            .Single();
        output.WriteLine(sourceLink);
        Assert.Contains("\"/_/*\"", sourceLink, StringComparison.Ordinal);
        Assert.Contains($"raw.githubusercontent.com/japanese-llm-catalog/JapaneseLlm.Catalog/{feed.Commit}/*", sourceLink, StringComparison.Ordinal);
        Assert.DoesNotContain(feed.Repository, Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    private XElement Nuspec(string id)
    {
        using var archive = ZipFile.OpenRead(feed.PackagePath(id));
        using var stream = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XElement.Load(stream);
    }

    private static string Element(XElement nuspec, string name) =>
        nuspec.Descendants().Single(element => element.Name.LocalName == name).Value.Trim();
}
