namespace JapaneseLlm.Catalog.Performance.Build;

/// <summary>One <c>dotnet build</c> of the library: its wall time, and the generator's, analyzers' and compiler's shares.</summary>
internal sealed record BuildSample(double WallMs, double GeneratorMs, double AnalyzersMs, double CscMs)
{
    public double CatalogComponentsMs => GeneratorMs + AnalyzersMs;

    /// <summary>The generator and analyzers as a fraction of the whole build's wall time.</summary>
    public double ShareOfBuild => CatalogComponentsMs / WallMs;
}
