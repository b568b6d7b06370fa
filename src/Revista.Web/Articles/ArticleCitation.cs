using System.Text.RegularExpressions;
using Revista.Articles;
using Revista.Citations;

namespace Revista.Web.Articles;

/// <summary>
/// "Please cite this article as": the article through the CSL processor in the journal's citation style (Vancouver,
/// nlm-citation-sequence, unless the journal chose another shipped style), in the article's language.
/// </summary>
internal static partial class ArticleCitation
{
    public static string Format(ArticleReading reading)
    {
        var article = reading.Article;
        var style = article.Journal?.CitationStyle is { } chosen && CslCatalog.HasStyle(chosen) ? chosen : Revista.Journals.Journal.DefaultCitationStyle;
        var locale = CslCatalog.ResolveLocale(article.Language) ?? "en-US";
        var record = CitationRecords.FromArticle(article, reading.Contributors.Where(c => c.ContribType == Contributor.Author), null, [], null, null);
        // CSL-JSON is the processor's input format; one small document per cache miss.
        var items = CslItem.ParseJson(CslJsonWriter.Write([record]), "article " + article.Id);
        var entry = CslCatalog.Processor(style, locale).Bibliography(items).Entries[0];
        // A numeric style numbers its one entry "1."; a single citation shown on its own carries no number.
        return CitationNumber().Replace(entry.Text, "");
    }

    [GeneratedRegex(@"^\s*\[?\d+[.\]]?\s+")]
    private static partial Regex CitationNumber();
}
