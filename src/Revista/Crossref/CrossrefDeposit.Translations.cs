using System.Xml.Linq;

namespace Revista.Crossref;

// A translation sub-article with its own DOI is a work of its own: it gets its own journal_article, in its language,
// pointing back at the original (isTranslationOf) while the original points at it (hasTranslation).
public sealed partial class CrossrefDeposit
{
    private IEnumerable<XElement> TranslationRecords(CrossrefWork work, string originalDoi)
    {
        var ns = work.Source.Root?.Name.Namespace ?? XNamespace.None;
        var original = CrossrefText.Language(work.Jats.Language);
        foreach (var translation in CrossrefSubArticles.Translations(work))
        {
            var sub = translation.Jats;
            if (CrossrefText.Doi(sub.Doi) is not { } doi || string.Equals(doi, originalDoi, StringComparison.OrdinalIgnoreCase))
                continue;
            var language = CrossrefText.Language(sub.Language);
            // A translation's front-stub often names only its translators; the authors are the original's.
            var people = sub.Contributors.Any(c => c.ContribType == "author") ? sub.Contributors : [.. work.Jats.Contributors, .. sub.Contributors];
            yield return new XElement(Cr + "journal_article",
                new XAttribute("publication_type", "full_text"),
                language is null ? null : new XAttribute("language", language),
                TranslatedTitles(sub.Title.IsEmpty ? work.Jats.Title : sub.Title, sub.Subtitle, work.Jats.Title, original),
                Contributors(doi, people, [.. sub.Affiliations, .. work.Jats.Affiliations]),
                CrossrefAbstracts.Convert(translation.Stub, ns, sub.Language),
                PublicationDates(work),
                AccessIndicators(work),
                Relations([new CrossrefRelation(CrossrefRelation.IsTranslationOf, originalDoi)]),
                new XElement(Cr + "doi_data",
                    new XElement(Cr + "doi", doi),
                    new XElement(Cr + "resource", work.PageUrl(sub.Language))));
        }
    }
}
