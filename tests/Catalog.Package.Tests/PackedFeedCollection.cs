using Xunit;

namespace JapaneseLlm.Catalog.Package.Tests;

/// <summary>One packed feed for every test class of the project: packing is what takes the time.</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}
