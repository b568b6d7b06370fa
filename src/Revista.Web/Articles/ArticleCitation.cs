using System.Text.RegularExpressions;
using Revista.Articles;
using Revista.Citations;

namespace Revista.Web.Articles;

/// <summary>One formatted citation of the article: the style's file name, its short public name, plain text and HTML.</summary>
internal sealed record FormattedCitation(string Style, string Name, string Text, string Html);

/// <summary>
/// The article through the CSL processor: "Please cite this article as" in the journal's citation style (Vancouver,
/// nlm-citation-sequence, unless the journal chose another shipped style) in the article's language, and the Cite box's
/// entry in each offered style in the reader's interface language.
/// </summary>
internal static partial class ArticleCitation
{
    private const string RightInline = "<div class=\"csl-right-inline\">";

    /// <summary>The styles the Cite box offers (shipped in CslCatalog), by the names readers know them by.</summary>
    public static IReadOnlyList<(string Style, string Name)> OfferedStyles { get; } =
    [
        ("nlm-citation-sequence", "Vancouver"),
        ("apa", "APA"),
        ("american-medical-association", "AMA"),
        ("chicago-author-date", "Chicago"),
        ("harvard-cite-them-right", "Harvard"),
    ];

    /// <summary>The journal's style when it is shipped, else Vancouver.</summary>
    public static string JournalStyle(Article article) =>
        article.Journal?.CitationStyle is { } chosen && CslCatalog.HasStyle(chosen) ? chosen : Revista.Journals.Journal.DefaultCitationStyle;

    public static string Format(ArticleReading reading) =>
        Format(reading, JournalStyle(reading.Article), reading.Article.Language).Text;

    /// <summary>The article in every offered style, in <paramref name="language"/> (a shipped CSL locale or en-US).</summary>
    public static IReadOnlyList<FormattedCitation> InOfferedStyles(ArticleReading reading, string language) =>
        [.. OfferedStyles.Where(s => CslCatalog.HasStyle(s.Style)).Select(s => Format(reading, s.Style, language) with { Name = s.Name })];

    public static FormattedCitation Format(ArticleReading reading, string style, string language)
    {
        var article = reading.Article;
        var locale = CslCatalog.ResolveLocale(language) ?? "en-US";
        var record = CitationRecords.FromArticle(article, reading.Contributors.Where(c => c.ContribType == Contributor.Author), null, [], null, null);
        // CSL-JSON is the processor's input format; one small document per cache miss.
        var items = CslItem.ParseJson(CslJsonWriter.Write([record]), "article " + article.Id);
        var entry = CslCatalog.Processor(style, locale).Bibliography(items).Entries[0];
        // A numeric style numbers its one entry "1." (in a left-margin block when it aligns the second field); a single
        // citation shown on its own carries no number.
        var html = entry.Html.IndexOf(RightInline, StringComparison.Ordinal) is var at and >= 0
            ? entry.Html[(at + RightInline.Length)..entry.Html.LastIndexOf("</div>", StringComparison.Ordinal)]
            : CitationNumber().Replace(entry.Html, "");
        return new FormattedCitation(style, style, CitationNumber().Replace(entry.Text, ""), html.Trim());
    }

    [GeneratedRegex(@"^\s*\[?\d+[.\]]?\s+")]
    private static partial Regex CitationNumber();
}
