using System.Reflection;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>The version of the package the generator ships in, as its build stamped it on the assembly.</summary>
internal static class GeneratorVersion
{
    /// <summary>
    /// The informational version (the package version, e.g. <c>0.2.0</c> or <c>0.2.0-preview.1</c>) without its
    /// build metadata: source link appends <c>+</c> and the commit id, which would make the same catalog generate
    /// different bytes at every commit.
    /// </summary>
    public static readonly string Value = Read(typeof(GeneratorVersion).Assembly);

    internal static string Read(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        }

        var metadata = informational!.IndexOf('+');
        return metadata < 0 ? informational : informational.Substring(0, metadata);
    }
}
