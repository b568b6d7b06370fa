using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Revista.Search;

/// <summary>Passages of an abstract around the searched words, through Lucene's highlighter and the index's own analyzer.</summary>
internal sealed class SearchSnippets(Query query, Analyzer analyzer)
{
    private const int PassageLength = 180;

    public string? Of(string text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var field = SearchFields.Text(SearchFields.Abstract, language);
        // Only the query's terms for this field: a title-only match must not mark words of the abstract.
        var scorer = new QueryScorer(query, field);
        // The encoder escapes the text around the marks, so what the article's authors wrote is never markup here.
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, PassageLength),
        };
        using var tokens = analyzer.GetTokenStream(field, text);
        var passages = highlighter.GetBestFragments(tokens, text, 2, " … ");
        return string.IsNullOrWhiteSpace(passages) ? null : passages.Trim();
    }
}
