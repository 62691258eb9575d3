namespace JapaneseLlm.Catalog.Cli.Evaluations;

/// <summary>One model a leaderboard evaluated: its Hugging Face repository, the day it was published, and where the entry is written.</summary>
internal sealed record LeaderboardEntry(string Repository, string? Released, string File, int Line);
