using System.Globalization;
using Revista.Search;

namespace Revista.Web.Search;

/// <summary>
/// A search as its address says it (q, journal, from, to, sort, page): the results page, its exports and the API read
/// the same parameters, so a link copied from one works in the others.
/// </summary>
internal sealed record SearchRequest(string? Text, string? Journal, string? From, string? To, string? Sort, string? Page)
{
    public static SearchRequest Of(HttpRequest request) => new(
        request.Query["q"], request.Query["journal"], request.Query["from"], request.Query["to"], request.Query["sort"], request.Query["page"]);

    /// <summary>The query, or what is wrong with the parameters (in words for the reader).</summary>
    private (SearchQuery? Query, string? Problem) ToQuery(string? journalSlug, int? size = null)
    {
        if (!TryYear(From, "from", out var from, out var problem) || !TryYear(To, "to", out var to, out problem))
            return (null, problem);
        var order = Sort switch
        {
            null or "" or "relevance" => SearchOrder.Relevance,
            "newest" => SearchOrder.Newest,
            _ => (SearchOrder?)null,
        };
        if (order is null)
            return (null, $"sort must be \"relevance\" or \"newest\", not \"{Sort}\".");
        var page = 1;
        if (!string.IsNullOrEmpty(Page) && !int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out page))
            return (null, $"page must be a whole number from 1 to {SearchQuery.MaxPage}, not \"{Page}\".");
        var query = new SearchQuery
        {
            Text = Text?.Trim() ?? "",
            JournalSlug = journalSlug ?? (string.IsNullOrWhiteSpace(Journal) ? null : Journal),
            FromYear = from,
            ToYear = to,
            Order = order.Value,
            Page = page,
            Size = size ?? SearchQuery.PageSize,
        };
        return query.Problem() is { } invalid ? (null, invalid) : (query, null);
    }

    /// <summary>
    /// Runs this search on <paramref name="today"/>: its results, or the HTTP status and the sentence to answer instead
    /// (400 for parameters or a query that cannot run, 503 while the index is being built).
    /// </summary>
    public SearchOutcome Run(SearchIndex index, DateOnly today, string? journalSlug, int? size = null)
    {
        var (query, problem) = ToQuery(journalSlug, size);
        if (query is null)
            return new(null, null, StatusCodes.Status400BadRequest, problem);
        try
        {
            return new(query, index.Search(query, today), StatusCodes.Status200OK, null);
        }
        catch (SearchIndexUnavailableException e)
        {
            return new(query, null, StatusCodes.Status503ServiceUnavailable, e.Message);
        }
        catch (SearchQueryException e)
        {
            return new(query, null, StatusCodes.Status400BadRequest, e.Message);
        }
    }

    /// <summary>The query string of this search on another page (0: without a page number), for links.</summary>
    public string QueryString(int page = 0)
    {
        var parameters = new List<KeyValuePair<string, string?>> { new("q", Text) };
        if (!string.IsNullOrWhiteSpace(Journal))
            parameters.Add(new("journal", Journal));
        if (!string.IsNullOrWhiteSpace(From))
            parameters.Add(new("from", From));
        if (!string.IsNullOrWhiteSpace(To))
            parameters.Add(new("to", To));
        if (!string.IsNullOrWhiteSpace(Sort))
            parameters.Add(new("sort", Sort));
        if (page > 1)
            parameters.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        return Microsoft.AspNetCore.Http.QueryString.Create(parameters).ToString();
    }

    private static bool TryYear(string? text, string name, out int? year, out string? problem)
    {
        year = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 9999)
        {
            year = value;
            return true;
        }
        problem = $"{name} must be a year such as 2014, not \"{text}\".";
        return false;
    }
}

/// <summary>A search run: <see cref="Results"/>, or <see cref="Status"/> and <see cref="Problem"/> saying why not.</summary>
internal sealed record SearchOutcome(SearchQuery? Query, SearchResults? Results, int Status, string? Problem);
