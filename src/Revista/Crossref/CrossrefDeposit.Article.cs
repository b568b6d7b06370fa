using System.Xml.Linq;
using Revista.Jats;

namespace Revista.Crossref;

// journal_article in the order crossref5.4.0.xsd fixes: titles, contributors, jats:abstract, publication_date,
// acceptance_date, pages, publisher_item, fr:program, ai:program, rel:program, doi_data, citation_list.
public sealed partial class CrossrefDeposit
{
    private const int MaxTitles = 20;

    private XElement JournalArticle(CrossrefWork work, string doi)
    {
        var jats = work.Jats;
        var language = CrossrefText.Language(jats.Language);
        return new XElement(Cr + "journal_article",
            new XAttribute("publication_type", "full_text"),
            language is null ? null : new XAttribute("language", language),
            Titles(jats),
            Contributors(doi, jats.Contributors, jats.Affiliations),
            CrossrefAbstracts.Of(work),
            PublicationDates(work),
            AcceptanceDate(jats),
            Pages(jats),
            PublisherItem(jats),
            Funding(jats),
            AccessIndicators(work),
            Relations(CrossrefRelations.TranslationRelations(work)),
            new XElement(Cr + "doi_data",
                new XElement(Cr + "doi", doi),
                new XElement(Cr + "resource", work.PageUrl(null))),
            Citations(work));
    }

    /// <summary>
    /// The title in the article's language, then one titles element per translated title (trans-title-group, or a
    /// translation sub-article's title) carrying the original as original_language_title — the pairing 5.4.0 offers.
    /// </summary>
    private static IEnumerable<XElement> Titles(JatsArticle jats)
    {
        yield return new XElement(Cr + "titles",
            new XElement(Cr + "title", CrossrefFaceMarkup.Of(jats.Title)),
            jats.Subtitle is { IsEmpty: false } ? new XElement(Cr + "subtitle", CrossrefFaceMarkup.Of(jats.Subtitle)) : null);
        var original = CrossrefText.Language(jats.Language);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { jats.Language };
        var translated = jats.TransTitles.Select(t => (t.Language, t.Title, t.Subtitle))
            .Concat(jats.SubArticles.Where(s => s.IsTranslation && s.ParentId is null).Select(s => (s.Language, s.Title, s.Subtitle)));
        foreach (var (language, title, subtitle) in translated.Take(MaxTitles - 1))
        {
            if (title.IsEmpty || !seen.Add(language))
                continue;
            yield return TranslatedTitles(title, subtitle, jats.Title, original);
        }
    }

    private static XElement TranslatedTitles(JatsText title, JatsText? subtitle, JatsText originalTitle, string? originalLanguage) =>
        new(Cr + "titles",
            new XElement(Cr + "title", CrossrefFaceMarkup.Of(title)),
            subtitle is { IsEmpty: false } ? new XElement(Cr + "subtitle", CrossrefFaceMarkup.Of(subtitle)) : null,
            new XElement(Cr + "original_language_title",
                originalLanguage is null ? null : new XAttribute("language", originalLanguage),
                CrossrefFaceMarkup.Of(originalTitle)));

    private static IEnumerable<XElement> PublicationDates(CrossrefWork work)
    {
        var online = OnlineDate(work);
        var print = PrintDate(work);
        if (online is null && print is null)
            online = Fallback(work);
        if (online is not null)
            yield return online.ToElement("publication_date", "online");
        if (print is not null)
            yield return print.ToElement("publication_date", "print");
    }

    /// <summary>The electronic publication date: pub-date with publication-format="electronic" or pub-type epub (JATS 1.0–1.4 and NLM 3.0 spellings).</summary>
    internal static CrossrefDate? OnlineDate(CrossrefWork work) =>
        FirstDate(Publication(work).Where(d => Is(d.PublicationFormat, "electronic") || d.Type is "epub" or "epub-ppub" or "epreprint"))
        // An untyped pub-date says neither print nor online; an online platform publishes it online.
        ?? FirstDate(Publication(work).Where(d => d.Type == "pub" && d.PublicationFormat is null));

    internal static CrossrefDate? PrintDate(CrossrefWork work) =>
        FirstDate(Publication(work).Where(d => Is(d.PublicationFormat, "print") || d.Type is "ppub"));

    /// <summary>pub-dates that date the publication: not a later update, correction or retraction (JATS 1.2+ date-type values).</summary>
    private static IEnumerable<JatsDate> Publication(CrossrefWork work) =>
        work.Jats.PubDates.Where(d => d.Type is not ("update" or "corrected" or "ecorrected" or "pcorrected" or "retracted" or "eretracted" or "pretracted" or "rev-recd"));

    /// <summary>When the file has no usable date: the date the article row was published under (its import date at worst).</summary>
    private static CrossrefDate Fallback(CrossrefWork work) =>
        new(work.Row.PublishedOn.Year, work.Row.PublishedOn.Month, work.Row.PublishedOn.Day);

    private static CrossrefDate? FirstDate(IEnumerable<JatsDate> dates) =>
        dates.Select(CrossrefDate.From).OfType<CrossrefDate>().OrderByDescending(d => (d.Month is null ? 0 : 1) + (d.Day is null ? 0 : 1)).FirstOrDefault();

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private static XElement? AcceptanceDate(JatsArticle jats) =>
        FirstDate(jats.HistoryDates.Where(d => d.Type == "accepted"))?.ToElement("acceptance_date", null);

    private static XElement? Pages(JatsArticle jats) =>
        CrossrefText.Limit(jats.FirstPage, 32) is { } first
            ? new XElement(Cr + "pages",
                new XElement(Cr + "first_page", first),
                CrossrefText.Limit(jats.LastPage, 32) is { } last && last != first ? new XElement(Cr + "last_page", last) : null)
            : null;

    /// <summary>An e-location id is the article's number in a continuous-publication journal (item_number of type article_number).</summary>
    private static XElement? PublisherItem(JatsArticle jats) =>
        CrossrefText.Limit(jats.ElocationId, 32) is { } number
            ? new XElement(Cr + "publisher_item", new XElement(Cr + "item_number", new XAttribute("item_number_type", "article_number"), number))
            : null;
}
