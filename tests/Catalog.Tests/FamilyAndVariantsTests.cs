using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// A family's facts that its variants take part in, defined once (<c>FamilyAndVariants</c>) for the runtime's
/// <see cref="Model"/>, the generator's usage attribute and jllm's size ordering.
/// </summary>
public sealed class FamilyAndVariantsTests
{
    private static readonly LocalizedName SomeName = new(null, "Name", null);

    [Fact]
    public void The_largest_size_is_the_largest_of_the_family_and_the_variants_that_state_one()
    {
        Assert.Equal(13_000_000_000, Family(7_000_000_000, [null, 13_000_000_000, 1_000_000_000]).MaxParameters);
        Assert.Equal(70_000_000_000, Family(70_000_000_000, [13_000_000_000]).MaxParameters);
        Assert.Equal(3_000_000_000, Family(null, [null, 3_000_000_000]).MaxParameters);
        Assert.Null(Family(null, [null, null]).MaxParameters);
    }

    [Fact]
    public void All_licenses_are_the_familys_then_each_variants_own_each_id_once()
    {
        var (a, b, c) = (License("a"), License("b"), License("c"));
        var model = new Model(new ModelValues
        {
            Id = "m",
            Name = SomeName,
            Section = "text-generation",
            Licenses = [b, a],
            Variants = [Variant("x", null, [c, a]), Variant("y", null, [License("c"), b])],
        });

        Assert.Equal(["b", "a", "c"], model.AllLicenses().Select(license => license.Id));
    }

    private static Model Family(long? parameters, long?[] variants) => new(new ModelValues
    {
        Id = "m",
        Name = SomeName,
        Section = "text-generation",
        Parameters = parameters,
        Variants = variants.Select((size, index) => Variant("v" + index, size, [])).ToList(),
    });

    private static ModelVariant Variant(string label, long? parameters, License[] licenses) =>
        new(new ModelVariantValues { Label = label, Parameters = parameters, Licenses = licenses });

    private static License License(string id) => new(new LicenseValues { Id = id, Name = new LocalizedName(null, id, null), CommercialUse = CommercialUse.Allowed });
}
