namespace Revista.Search;

/// <summary>One page of results: the articles' ids in rank order, the number of all matches, and the snippets' highlighter.</summary>
public sealed class SearchResults
{
    private readonly SearchSnippets? _snippets;

    internal SearchResults(int total, IReadOnlyList<int> articleIds, SearchSnippets? snippets)
    {
        Total = total;
        ArticleIds = articleIds;
        _snippets = snippets;
    }

    public static SearchResults Empty { get; } = new(0, [], null);

    /// <summary>All matching published articles, listed or not.</summary>
    public int Total { get; }

    public IReadOnlyList<int> ArticleIds { get; }

    /// <summary>
    /// Up to two passages of <paramref name="text"/> (plain text in <paramref name="language"/>) around the words
    /// searched for, HTML-encoded, with those words in &lt;mark&gt;; null when none of them occur in it.
    /// </summary>
    public string? Snippet(string text, string language) => _snippets?.Of(text, language);
}
