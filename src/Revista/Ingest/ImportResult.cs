namespace Revista.Ingest;

public enum ImportOutcome { Imported, Updated, Unchanged, Failed }

/// <summary>A problem worth telling the user that did not stop the import (a missing figure, an unknown element).</summary>
public sealed record ImportWarning(string Message, int? Line = null)
{
    public override string ToString() => Line is null ? Message : $"line {Line}: {Message}";
}

/// <summary>What happened to one article: the report line of <c>revista import</c>.</summary>
public sealed record ImportResult(
    string Source,
    ImportOutcome Outcome,
    string? Error,
    IReadOnlyList<ImportWarning> Warnings,
    int? ArticleId = null,
    int? Version = null,
    string? Doi = null,
    string? JournalSlug = null)
{
    public static ImportResult Failed(string source, string error, IReadOnlyList<ImportWarning>? warnings = null) =>
        new(source, ImportOutcome.Failed, error, warnings ?? []);
}
