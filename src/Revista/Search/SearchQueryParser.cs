using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Revista.Search;

/// <summary>
/// A reader's words as a Lucene query over every text field of every language, all words required. The classic
/// syntax works ("a phrase", -word, OR, prefix*) but for ranges and regular expressions; what does not parse is
/// searched as plain words, never an error. A DOI (bare, "doi:…" or a doi.org link) finds its article.
/// </summary>
internal static partial class SearchQueryParser
{
    public static Query? Parse(string text, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DoiPattern().Match(text.Trim()) is { Success: true } doi)
            return new TermQuery(new Term(SearchFields.Doi, doi.Groups["doi"].Value.ToLowerInvariant()));
        var parser = new ReaderQueryParser(analyzer) { DefaultOperator = Operator.AND };
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

    /// <summary>
    /// The classic parser, with a prefix also looked up as the field's analyzer writes the word: a prefix is not
    /// analyzed, yet the English fields hold stems, so "patients*" found nothing although "patients" finds "patient",
    /// and "corazón*" missed the folded "corazon".
    /// </summary>
    private sealed class ReaderQueryParser(Analyzer analyzer)
        : MultiFieldQueryParser(SearchAnalyzer.Version, [.. SearchFields.Searched.Keys], analyzer, SearchFields.Searched.ToDictionary())
    {
        protected override Query GetPrefixQuery(string field, string termStr)
        {
            var prefix = base.GetPrefixQuery(field, termStr);
            // With no field, the base class asks again once per searched field, which comes back here.
            if (field is null || Analyzed(field, termStr) is not { } analyzed || string.Equals(analyzed, termStr, StringComparison.OrdinalIgnoreCase))
                return prefix;
            return new BooleanQuery { { prefix, Occur.SHOULD }, { base.GetPrefixQuery(field, analyzed), Occur.SHOULD } };
        }

        // A range ("[a TO z]") or a regular expression ("/.*/") visits every word of the index: seconds of CPU at
        // 100,000 articles (docs/benchmarks.md, session 7) for one anonymous request. Readers get their words instead.
        protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
            throw new ParseException("Ranges are not searched.");

        protected override Query GetRegexpQuery(string field, string termStr) =>
            throw new ParseException("Regular expressions are not searched.");

        /// <summary>The one word the field's analyzer makes of <paramref name="text"/>; null when it makes none or several.</summary>
        private string? Analyzed(string field, string text)
        {
            using var tokens = Analyzer.GetTokenStream(field, text);
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            var words = new List<string>();
            while (tokens.IncrementToken())
                words.Add(term.ToString());
            tokens.End();
            return words is [var word] ? word : null;
        }
    }

    [GeneratedRegex(@"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(?<doi>10\.\d{4,9}/\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();
}
