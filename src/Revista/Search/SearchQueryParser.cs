using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Revista.Search;

/// <summary>
/// A reader's words as a Lucene query over every text field of every language, all words required. The classic
/// syntax works ("a phrase", -word, OR, prefix*); what does not parse is searched as plain words, never an error. A
/// DOI (bare, "doi:…" or a doi.org link) finds its article.
/// </summary>
internal static partial class SearchQueryParser
{
    public static Query? Parse(string text, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DoiPattern().Match(text.Trim()) is { Success: true } doi)
            return new TermQuery(new Term(SearchFields.Doi, doi.Groups["doi"].Value.ToLowerInvariant()));
        var fields = SearchFields.Searched.Keys.ToArray();
        var parser = new MultiFieldQueryParser(SearchAnalyzer.Version, fields, analyzer, SearchFields.Searched.ToDictionary())
        {
            DefaultOperator = Operator.AND,
        };
        Query query;
        try
        {
            query = parser.Parse(text);
        }
        catch (ParseException)
        {
            // Escaping leaves the operator words; in lower case they are words ("AND" alone does not parse).
            query = parser.Parse(QueryParserBase.Escape(text.ToLowerInvariant()));
        }
        return query is BooleanQuery { Clauses.Count: 0 } ? null : query;
    }

    [GeneratedRegex(@"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(?<doi>10\.\d{4,9}/\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();
}
