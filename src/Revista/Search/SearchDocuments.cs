using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Revista.Data;

namespace Revista.Search;

/// <summary>
/// Reads what the index needs of a batch of articles in six queries, whatever the batch's size: the rows parsed at
/// import and the rendered full text, so indexing never parses JATS again.
/// </summary>
internal static class SearchDocuments
{
    /// <summary>Full text beyond this is not indexed: a book-length supplement must not make one document huge.</summary>
    private const int MaxBodyCharacters = 1_000_000;

    public static async Task<List<SearchDocument>> LoadAsync(RevistaDb db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking().TagWith(SearchIndexer.SqlTag)
            .Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Journal!.Slug, a.PublishedOn, a.DoiKey, a.Language, a.Title, a.Subtitle })
            .ToListAsync(cancellationToken);
        var authors = (await db.Contributors.AsNoTracking().TagWith(SearchIndexer.SqlTag)
            .Where(c => articleIds.Contains(c.ArticleId) && c.SubArticleId == null)
            .OrderBy(c => c.Position)
            .Select(c => new { c.ArticleId, c.DisplayName })
            .ToListAsync(cancellationToken)).ToLookup(c => c.ArticleId, c => c.DisplayName);
        var translations = (await db.Translations.AsNoTracking().TagWith(SearchIndexer.SqlTag)
            .Where(t => articleIds.Contains(t.ArticleId))
            .Select(t => new { t.ArticleId, t.Language, t.Title, t.Subtitle })
            .ToListAsync(cancellationToken)).ToLookup(t => t.ArticleId);
        var abstracts = (await db.ArticleAbstracts.AsNoTracking().TagWith(SearchIndexer.SqlTag)
            .Where(a => articleIds.Contains(a.ArticleId))
            .Select(a => new { a.ArticleId, a.Language, a.Title, a.Text })
            .ToListAsync(cancellationToken)).ToLookup(a => a.ArticleId);
        var keywords = (await db.Keywords.AsNoTracking().TagWith(SearchIndexer.SqlTag)
            .Where(k => articleIds.Contains(k.ArticleId))
            .Select(k => new { k.ArticleId, k.Language, k.Value })
            .ToListAsync(cancellationToken)).ToLookup(k => k.ArticleId);
        var bodies = (await db.ArticleFragments.AsNoTracking().TagWith(SearchIndexer.SqlTag)
            .Where(f => articleIds.Contains(f.ArticleId))
            .Select(f => new { f.ArticleId, f.Language, f.Html })
            .ToListAsync(cancellationToken)).ToLookup(f => f.ArticleId);

        var parser = new HtmlParser();
        var documents = new List<SearchDocument>(articles.Count);
        foreach (var article in articles)
        {
            var texts = new List<SearchText>
            {
                new(SearchFields.Title, article.Language, article.Title + " " + article.Subtitle),
            };
            texts.AddRange(translations[article.Id].Select(t => new SearchText(SearchFields.Title, t.Language, t.Title + " " + t.Subtitle)));
            texts.AddRange(keywords[article.Id].Select(k => new SearchText(SearchFields.Keywords, k.Language, k.Value)));
            texts.AddRange(abstracts[article.Id].Select(a => new SearchText(SearchFields.Abstract, a.Language, a.Title + " " + a.Text)));
            texts.AddRange(bodies[article.Id].Select(b => new SearchText(SearchFields.Body, b.Language, BodyText(parser, b.Html))));
            documents.Add(new SearchDocument(article.Id, article.Slug, article.PublishedOn, article.DoiKey, [.. authors[article.Id]], texts));
        }
        return documents;
    }

    /// <summary>
    /// The words of a rendered full text without its reference list: cited titles would make an article match every
    /// subject it cites.
    /// </summary>
    internal static string BodyText(HtmlParser parser, string html)
    {
        var document = parser.ParseDocument("");
        var text = new StringBuilder();
        foreach (var node in parser.ParseFragment(html, document.Body!))
            AppendText(node, text);
        return text.Length > MaxBodyCharacters ? text.ToString(0, MaxBodyCharacters) : text.ToString();
    }

    private static void AppendText(INode node, StringBuilder text)
    {
        if (text.Length > MaxBodyCharacters)
            return;
        if (node is IText words)
        {
            text.Append(words.Data);
            return;
        }
        if (node is not IElement element || element.ClassList.Contains("ref-list") || element.LocalName is "script" or "style")
            return;
        // Inline elements join their neighbours ("H<sub>2</sub>O" is one word); blocks and breaks separate words.
        var separates = !InlineElements.Contains(element.LocalName);
        if (separates)
            text.Append(' ');
        foreach (var child in element.ChildNodes)
            AppendText(child, text);
        if (separates)
            text.Append(' ');
    }

    private static readonly HashSet<string> InlineElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small",
        "span", "strong", "sub", "sup", "time", "u", "var",
    };
}
