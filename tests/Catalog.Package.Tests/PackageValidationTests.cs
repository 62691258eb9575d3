using JapaneseLlm.Catalog.Testing;
using Xunit;
using Xunit.Abstractions;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>
/// Packing JapaneseLlm.Catalog validates its API against the 0.1.0 package (package-baselines/): the feed's own pack
/// passing shows the current API keeps every 0.1.0 member; this test shows that the validation does run and fails.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageValidationTests(PackedFeed feed, ITestOutputHelper output)
{
    [Fact]
    public void Packing_fails_when_a_member_that_0_1_0_binaries_call_is_removed()
    {
        var repository = RepositorySnapshot.Create(PackedFeed.RepositoryRoot, Path.Combine(feed.Root, "removed-member"));
        var developer = Path.Combine(repository, "src", "Catalog", "Developer.cs");
        File.WriteAllText(developer, WithoutPositionalConstructor(File.ReadAllText(developer)));

        var (exitCode, packOutput) = DotNet.Run(repository, feed.Packages, "pack", "src/Catalog/Catalog.csproj", "-c", "Release", "-o", Path.Combine(feed.Root, "removed-member-feed"));
        output.WriteLine(packOutput);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CP0002: Member 'JapaneseLlm.Catalog.Developer.Developer(string, JapaneseLlm.Catalog.LocalizedName, bool, string?)' exists on [Baseline]", packOutput, StringComparison.Ordinal);
    }

    /// <summary>Developer.cs without the constructor 0.1.0's generated code calls (which compiles: nothing in the library uses it).</summary>
    private static string WithoutPositionalConstructor(string source)
    {
        const string start = "    /// <summary>Creates a developer entry; kept so that code compiled against 0.1.0 still binds.";
        const string end = "    {\n    }\n";
        var from = source.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, "Developer.cs no longer has the 0.1.0 constructor where this test looks for it.");
        var to = source.IndexOf(end, from, StringComparison.Ordinal) + end.Length;
        return source.Remove(from, to - from);
    }
}
