using System.Reflection;
using System.Runtime.Loader;
using Xunit;

namespace JapaneseLlm.Catalog.Tests;

/// <summary>First access to one model must not pay for building the whole catalog.</summary>
public sealed class LazinessTests
{
    [Fact]
    public void Looking_up_one_model_builds_only_that_model()
    {
        // A fresh load of the library, so that no other test has touched its tables yet.
        var context = new AssemblyLoadContext("fresh-catalog", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(Model).Assembly.Location);
            var catalog = assembly.GetType("JapaneseLlm.Catalog.JapaneseLlmCatalog")!;
            var model = catalog.GetMethod("FindByHuggingFaceId")!.Invoke(null, ["sbintuitions/sarashina2-7b"]);
            Assert.NotNull(model);

            var table = assembly.GetType("JapaneseLlm.Catalog.ModelTable")!.GetField("Table", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
            var items = (Array)table.GetType().GetField("items", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(table)!;
            var built = items.Cast<object?>().Count(item => item is not null);
            Assert.Equal(1, built);
            Assert.True(items.Length > 300);
        }
        finally
        {
            context.Unload();
        }
    }
}
