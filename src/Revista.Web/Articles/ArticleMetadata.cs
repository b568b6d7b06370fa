using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Revista.Articles;
using Revista.Web.Layout;

namespace Revista.Web.Articles;

/// <summary>One name/content pair of a page's embedded metadata; <paramref name="Language"/> marks a translated value.</summary>
internal sealed record MetaTag(string Name, string Content, string? Language = null);

/// <summary>
/// A language version of the work other than the one a page shows, for schema.org workTranslation/translationOfWork.
/// </summary>
/// <param name="IsOriginal">The article of record (primary language), of which the page shows a translation.</param>
internal sealed record TranslationTarget(string Language, string? Title, string? Url, string? Doi, bool IsOriginal);

/// <summary>
/// The machine-readable description of an article page: Highwire Press tags (read by Google Scholar, Zotero, Mendeley),
/// Dublin Core, Open Graph and schema.org ScholarlyArticle JSON-LD, all from the rows the page already read. The
/// values never depend on the health-professional gate: the gate hides the full text from people, not the description
/// from indexers. Highwire and Dublin Core describe the article of record (its primary-language title and language on
/// every URL, as Google Scholar groups versions by title); Open Graph and JSON-LD describe the page as read (its
/// language version) and link the other versions.
/// </summary>
internal sealed partial class ArticleMetadata
{
    private readonly ArticleReading _reading;
    private readonly IReadOnlyList<Reference> _references;
    private readonly string _baseUrl;
    private readonly string _ui;
    private readonly string _articlePath;

    /// <param name="baseUrl">Scheme and host ("https://example.org"): every URL in the metadata is absolute.</param>
    /// <param name="ui">The interface language of the page (its "/es" prefix).</param>
    public ArticleMetadata(ArticleReading reading, IReadOnlyList<Reference> references, string baseUrl, string ui)
    {
        _reading = reading;
        _references = references;
        _baseUrl = baseUrl;
        _ui = ui;
        _articlePath = ArticlePath(reading.Article);
    }

    private Article Article => _reading.Article;

    private Revista.Journals.Journal Journal => _reading.Article.Journal!;

    private IEnumerable<Contributor> Authors => _reading.Contributors.Where(c => c.ContribType == Contributor.Author);

    /// <summary>This page: the article in the interface language.</summary>
    public string PageUrl => _baseUrl + UiLanguage.Url(_ui, _articlePath);

    public string AbstractUrl => PageUrl + "#abstract";

    public string XmlUrl => _baseUrl + ArticleExportEndpoints.JatsPath(Journal.Slug, Article.Id);

    public string? PdfUrl => _reading.Pdf is { } pdf ? _baseUrl + PdfLink.Of(pdf) : null;

    public string? DoiUrl => Article.Doi is { } doi ? DoiLink(doi) : null;

    public string PublishedOn => Article.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The start of the abstract being read, plain text; the title when the article has no abstract.</summary>
    public string Description => DescriptionOf(_reading);

    /// <inheritdoc cref="Description"/>
    public static string DescriptionOf(ArticleReading reading) =>
        reading.Abstracts is [var first, ..] && first.Text is { Length: > 0 } text
            ? (text.Length > 300 ? text[..297] + "…" : text)
            : reading.Title;

    /// <summary>The article's own path, without the interface-language prefix.</summary>
    public static string ArticlePath(Article article) => $"/{article.Journal!.Slug}/articles/{article.Id}";

    /// <summary>A DOI as its resolver URL (DOI Handbook §3.8: the "/" stays, the rest is percent-encoded).</summary>
    public static string DoiLink(string doi) =>
        "https://doi.org/" + Uri.EscapeDataString(doi).Replace("%2F", "/", StringComparison.Ordinal);

    /// <summary>The byline form "Surname, Given names" that Highwire citation_author and DC.creator expect.</summary>
    public static string InvertedName(Contributor author) =>
        author.Collab ?? (author.Surname is null ? author.DisplayName
            : author.GivenNames is null ? author.Surname : author.Surname + ", " + author.GivenNames);

    /// <summary>The full text of each affiliation of <paramref name="author"/>, in the order the contrib points at them.</summary>
    public IEnumerable<string> AffiliationsOf(Contributor author) =>
        author.AffiliationIds
            .Select(id => _reading.Affiliations.FirstOrDefault(a => string.Equals(a.XmlId, id, StringComparison.Ordinal))?.Text)
            .Concat(author.InlineAffiliations)
            .OfType<string>()
            .Where(text => text.Length > 0)
            .Distinct(StringComparer.Ordinal);

    /// <summary>The corresponding author's addresses (JATS contrib/@corresp="yes"): the ones readers are meant to write to.</summary>
    public static IEnumerable<string> EmailsOf(Contributor author) => author.IsCorresponding ? author.Emails : [];

    /// <summary>
    /// Every language version of this work other than the one this page shows. Today these are the versions stored in
    /// the same article (trans-title-group, trans-abstract, translation sub-article), each read at the article's URL in
    /// the interface language of the same name; a translation published as an article of its own (own DOI) belongs here
    /// too, with its own URL.
    /// </summary>
    public IReadOnlyList<TranslationTarget> TranslationTargets()
    {
        var shown = _reading.ContentLanguage;
        var targets = new List<TranslationTarget>();
        if (!Same(Article.Language, shown))
            targets.Add(new TranslationTarget(Article.Language, Article.Title, LanguageUrl(Article.Language), Article.Doi, IsOriginal: true));
        // Versions published as articles of their own come first: their own page (in their language when the interface has
        // it) and DOI say more than this page in another interface language.
        foreach (var version in _reading.LinkedVersions)
        {
            if (version.Language is not { } language || Same(language, shown) || targets.Any(t => Same(t.Language, language)))
                continue;
            var url = version.Path is { } path
                ? _baseUrl + UiLanguage.Url(UiLanguage.Supported.FirstOrDefault(l => Same(l, language)) ?? UiLanguage.Default, path)
                : version.Href;
            targets.Add(new TranslationTarget(language, version.Title, url, version.Doi, version.IsOriginal));
        }
        foreach (var translation in Article.Translations)
        {
            if (Same(translation.Language, shown) || Same(translation.Language, Article.Language) || targets.Any(t => Same(t.Language, translation.Language)))
                continue;
            targets.Add(new TranslationTarget(translation.Language, translation.Title, LanguageUrl(translation.Language), translation.Doi, IsOriginal: false));
        }
        return targets;
    }

    /// <summary>The first figure image of the text being read, absolute; null when there is none.</summary>
    public string? FirstFigureImage()
    {
        if (_reading.FullText is not { } fullText)
            return null;
        var figures = ArticleFigures.Of(fullText, Article.Language).Figures;
        var figure = figures.Count > 0 ? figures[0] : null;
        if (figure is null || ImageSource().Match(figure.Html) is not { Success: true } match)
            return null;
        var src = WebUtility.HtmlDecode(match.Groups[1].Value);
        return Uri.TryCreate(src, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? src
            : src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) ? _baseUrl + src
            : null;
    }

    // The version in a language is read at the article URL with that interface language; a language the interface
    // does not speak has no page of its own.
    private string? LanguageUrl(string language) =>
        UiLanguage.Supported.FirstOrDefault(l => Same(l, language)) is { } ui ? _baseUrl + UiLanguage.Url(ui, _articlePath) : null;

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("<img\\b[^>]*?\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ImageSource();
}
