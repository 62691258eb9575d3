namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary>jllm's exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran, but reported problems in the data (unplaced rows, catalog diagnostics).</summary>
    public const int Diagnostics = 1;

    /// <summary>The command line or its paths are wrong; nothing was done.</summary>
    public const int Usage = 2;
}
