namespace JapaneseLlm.Catalog.Cli.Commands;

/// <summary>A mistake in how jllm was called (a missing folder, say): reported as one line, exit code 2, no stack trace.</summary>
internal sealed class UsageException : System.Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
