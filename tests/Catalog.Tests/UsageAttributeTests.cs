using System.Reflection;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>
/// The generator states each model's terms in [ModelUsage] for the compile-time analyzer; the runtime derives
/// the same terms from the licenses. Two derivations in two assemblies: this keeps them in agreement.
/// </summary>
public sealed class UsageAttributeTests
{
    [Fact]
    public void Every_model_member_states_the_terms_the_runtime_derives()
    {
        var members = typeof(Models).GetProperties(BindingFlags.Public | BindingFlags.Static);
        Assert.Equal(JapaneseLlmCatalog.Models.Count, members.Length);
        foreach (var member in members)
        {
            var model = (Model)member.GetValue(null)!;
            var usage = member.GetCustomAttribute<ModelUsageAttribute>();
            Assert.NotNull(usage);
            Assert.Equal(model.CommercialUse, usage.CommercialUse);
            Assert.Equal(model.HasOpenAiTermsCaveat, usage.OpenAiTermsCaveat);
        }

        Assert.Contains(members, member => member.GetCustomAttribute<ModelUsageAttribute>()!.CommercialUse == CommercialUse.NotAllowed);
    }
}
