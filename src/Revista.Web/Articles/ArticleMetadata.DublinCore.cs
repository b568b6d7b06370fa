using Revista.Articles;

namespace Revista.Web.Articles;

internal sealed partial class ArticleMetadata
{
    /// <summary>The namespace the DC.* names are declared in (DCMI "Expressing Dublin Core metadata using HTML/XHTML meta and link elements").</summary>
    public const string DublinCoreSchema = "http://purl.org/dc/elements/1.1/";

    /// <summary>
    /// Dublin Core elements (DCMI Metadata Terms, the 15 elements of 1.1): titles and descriptions once per language
    /// with that language marked, the DOI as its resolver URI, DC.type from the DCMI Type Vocabulary.
    /// </summary>
    public IReadOnlyList<MetaTag> DublinCore()
    {
        var tags = new List<MetaTag> { new("DC.title", Article.Title, Article.Language) };
        foreach (var translation in Article.Translations.Where(t => !string.IsNullOrWhiteSpace(t.Title) && !Same(t.Language, Article.Language)))
            tags.Add(new("DC.title", translation.Title!, translation.Language));
        tags.AddRange(Authors.Select(a => new MetaTag("DC.creator", InvertedName(a))));
        tags.Add(new("DC.date", PublishedOn));
        tags.Add(new("DC.identifier", DoiUrl ?? PageUrl));
        tags.Add(new("DC.language", Article.Language));
        if (Journal.Publisher is { Length: > 0 } publisher)
            tags.Add(new("DC.publisher", publisher));
        if (Article.LicenseUrl is { Length: > 0 } licence)
            tags.Add(new("DC.rights", licence));
        if (Article.CopyrightStatement is { Length: > 0 } copyright)
            tags.Add(new("DC.rights", copyright));
        foreach (var keyword in Article.Keywords.OrderBy(k => k.Position))
            tags.Add(new("DC.subject", keyword.Value, LanguageOf(keyword.Language)));
        tags.Add(new("DC.type", "Text"));
        tags.Add(new("DC.source", Journal.Title));
        foreach (var issn in new[] { Journal.ElectronicIssn, Journal.PrintIssn }.OfType<string>())
            tags.Add(new("DC.source", "urn:ISSN:" + issn));
        foreach (var (language, text) in MainAbstracts())
            tags.Add(new("DC.description", text, language));
        return tags;
    }

    /// <summary>The main abstract (no abstract-type) in each language, the article's own first.</summary>
    private IEnumerable<(string Language, string Text)> MainAbstracts() =>
        Article.Abstracts
            .Where(a => a.Type is null && a.Text.Length > 0)
            .OrderBy(a => !Same(LanguageOf(a.Language), Article.Language)).ThenBy(a => a.SubArticleId != null).ThenBy(a => a.Position)
            .GroupBy(a => LanguageOf(a.Language), StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, g.First().Text));
}
