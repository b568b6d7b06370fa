using Revista.Web.Discovery;

namespace Revista.Web.Search;

/// <summary>One page of /api/search: every match counted, 20 listed in rank order, the next page's URL (null on the last).</summary>
internal sealed record ApiSearchPage(int Total, IReadOnlyList<ApiArticleSummary> Items, string? Next);
