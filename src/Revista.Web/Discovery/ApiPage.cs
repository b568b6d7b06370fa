namespace Revista.Web.Discovery;

/// <summary>One page of a list; <paramref name="Next"/> is the absolute URL of the following page, null on the last.</summary>
internal sealed record ApiPage<T>(IReadOnlyList<T> Items, string? Next);
