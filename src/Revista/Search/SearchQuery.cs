namespace Revista.Search;

/// <summary>
/// A reader's search: words (with the usual syntax: "a phrase", -excluded, OR, title words a prefix*), optionally one
/// journal and a span of years, in relevance or date order, one page of results.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxLength = 500;
    public const int MaxWords = 64;
    /// <summary>Prefix*, wild?card and fuzzy~ terms expand into many terms in every field; a few are plenty for a reader.</summary>
    public const int MaxPatterns = 8;
    public const int PageSize = 20;
    /// <summary>Results beyond this rank are not listed (as the big engines do): a reader refines instead.</summary>
    public const int MaxResults = 1000;
    public static int MaxPage => MaxResults / PageSize;

    public required string Text { get; init; }
    public string? JournalSlug { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public SearchOrder Order { get; init; } = SearchOrder.Relevance;
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int Size { get; init; } = PageSize;

    /// <summary>What is wrong with this query, in words for the reader; null when it can run.</summary>
    public string? Problem()
    {
        var words = Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var patterns = words.Count(word => word.AsSpan().IndexOfAny("*?~") >= 0);
        return Text.Length > MaxLength ? $"The search is {Text.Length} characters long; shorten it to at most {MaxLength}."
            : words.Length > MaxWords ? $"The search has {words.Length} words; use at most {MaxWords}."
            : patterns > MaxPatterns ? $"The search has {patterns} words with *, ? or ~; use at most {MaxPatterns}."
            : ShortPattern(words) is { } word ? $"The word {word} has fewer than two letters before * or ?; type at least two."
            : Page < 1 || Page > MaxPage ? $"Page {Page} does not exist: results are listed on pages 1 to {MaxPage} ({MaxResults} results at most); refine the search to see others."
            : Size < 1 || Size > MaxResults ? $"A page holds 1 to {MaxResults} results, not {Size}."
            : FromYear > ToYear ? $"The years run from {FromYear} to {ToYear}: the first must not be after the last."
            : null;
    }

    /// <summary>
    /// A pattern such as "p*" visits a large part of every field's words (half a second at 100,000 articles). With no
    /// letter before it, a pattern does not parse and is searched as words.
    /// </summary>
    private static string? ShortPattern(string[] words) => words
        .Select(word => word.TrimStart('"', '(', '+', '-'))
        .FirstOrDefault(word => word.IndexOfAny(['*', '?']) is >= 0 and var at && word[..at].Count(char.IsLetterOrDigit) == 1);
}

public enum SearchOrder
{
    Relevance,
    Newest,
}
