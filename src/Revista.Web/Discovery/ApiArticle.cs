using System.Globalization;
using Revista.Articles;
using Revista.Citations;
using Revista.Web.Articles;

namespace Revista.Web.Discovery;

/// <summary>An article's metadata in the JSON API: what a citation needs, with links to the page, PDF and exports.</summary>
internal sealed record ApiArticle(
    int Id,
    ApiJournalRef Journal,
    ApiIssueRef? Issue,
    string? Section,
    string? Doi,
    string? ArticleType,
    string Language,
    string Title,
    string? Subtitle,
    IReadOnlyList<ApiTranslation> Translations,
    IReadOnlyList<ApiAuthor> Authors,
    IReadOnlyList<ApiAffiliation> Affiliations,
    IReadOnlyList<ApiAbstract> Abstracts,
    IReadOnlyList<ApiKeyword> Keywords,
    ApiArticleDates Dates,
    ApiPages Pages,
    ApiLicense License,
    ApiArticleLinks Links)
{
    public static ApiArticle Of(Article article, ArticleFrontContent front, string root)
    {
        var slug = article.Journal!.Slug;
        var affiliations = front.Affiliations.Where(a => a.SubArticleId == null).OrderBy(a => a.Position).ToList();
        return new ApiArticle(
            article.Id,
            new ApiJournalRef(slug, article.Journal.Title, root + ApiEndpoints.JournalPath(slug)),
            article.Issue is { } issue ? new ApiIssueRef(issue.Id, issue.Volume, issue.Number, issue.Year) : null,
            article.Section?.Title,
            article.Doi,
            article.ArticleType,
            article.Language,
            article.Title,
            article.Subtitle,
            [.. front.Translations.OrderBy(t => t.Id).Select(t => new ApiTranslation(t.Language, t.Title, t.Subtitle, t.Doi))],
            [.. front.Contributors.Where(c => c.SubArticleId == null && c.ContribType == Contributor.Author).OrderBy(c => c.Position)
                .Select(c => ApiAuthor.Of(c, affiliations))],
            [.. affiliations.Select(a => new ApiAffiliation(a.XmlId, a.Label, a.Text, a.Institution, a.Country, a.CountryCode, a.Ror))],
            [.. front.Abstracts.Where(a => a.SubArticleId == null && a.Type == null).OrderBy(a => a.Position).Select(a => new ApiAbstract(a.Language, a.Title, a.Text))],
            [.. front.Keywords.Where(k => k.SubArticleId == null).OrderBy(k => k.Position).Select(k => new ApiKeyword(k.Language, k.Value))],
            new ApiArticleDates(article.PublishedOn, article.DateLabel, article.UpdatedAt,
                [.. front.Dates.Where(d => d.Kind == ArticleDate.History && d.Iso != null).OrderBy(d => d.Position).Select(d => new ApiDate(d.Type, d.Iso!))]),
            new ApiPages(article.FirstPage, article.LastPage, article.ElocationId),
            new ApiLicense(article.LicenseUrl ?? article.Journal.LicenseUrl, article.CopyrightStatement, article.CopyrightYear, article.CopyrightHolder),
            ApiArticleLinks.Of(article, front, root));
    }
}

internal sealed record ApiJournalRef(string Slug, string Title, string Self);

internal sealed record ApiIssueRef(int Id, string? Volume, string? Number, int? Year);

/// <summary>The article in another language; <paramref name="Doi"/> when the translation has its own.</summary>
internal sealed record ApiTranslation(string Language, string? Title, string? Subtitle, string? Doi);

/// <summary>An author as published; <paramref name="Affiliations"/> are the texts of their affiliations, in order.</summary>
internal sealed record ApiAuthor(string Name, string? Surname, string? GivenNames, string? Collab, string? Orcid, bool Corresponding, IReadOnlyList<string> Affiliations)
{
    public static ApiAuthor Of(Contributor contributor, IReadOnlyList<Affiliation> affiliations) => new(
        contributor.DisplayName,
        contributor.Surname,
        contributor.GivenNames,
        contributor.Collab,
        contributor.Orcid,
        contributor.IsCorresponding,
        [.. contributor.AffiliationIds.SelectMany(id => affiliations.Where(a => a.XmlId == id)).Select(a => a.Text), .. contributor.InlineAffiliations]);
}

/// <summary>A JATS aff: <paramref name="Id"/> is its xml id, <paramref name="Ror"/> the full ror.org URL.</summary>
internal sealed record ApiAffiliation(string? Id, string? Label, string Text, string? Institution, string? Country, string? CountryCode, string? Ror);

/// <summary>An abstract as plain text (the article's own and its translations).</summary>
internal sealed record ApiAbstract(string Language, string? Title, string Text);

/// <summary>Publication date (the best one, electronic first), as printed, last change here, and the history dates.</summary>
internal sealed record ApiArticleDates(DateOnly Published, string? PublishedLabel, DateTimeOffset Updated, IReadOnlyList<ApiDate> History);

/// <summary>A JATS history date: date-type (received, accepted, …) and ISO 8601 with the parts the file wrote.</summary>
internal sealed record ApiDate(string Type, string Date);

/// <summary>A JATS kwd with the xml:lang of its kwd-group.</summary>
internal sealed record ApiKeyword(string Language, string Value);

internal sealed record ApiPages(string? First, string? Last, string? ElocationId);

internal sealed record ApiLicense(string? Url, string? Copyright, string? CopyrightYear, string? CopyrightHolder);

/// <summary>The article's page, PDF galley, JATS XML and citation exports (keyed by file extension).</summary>
internal sealed record ApiArticleLinks(
    string Self,
    string Page,
    string? Pdf,
    string Jats,
    IReadOnlyDictionary<string, string> Citation,
    IReadOnlyDictionary<string, string> References)
{
    public static ApiArticleLinks Of(Article article, ArticleFrontContent front, string root)
    {
        var slug = article.Journal!.Slug;
        return new ApiArticleLinks(
            root + ApiEndpoints.ArticlePath(article.Id),
            root + string.Create(CultureInfo.InvariantCulture, $"/{slug}/articles/{article.Id}"),
            front.Pdf is { } pdf ? root + PdfLink.Of(pdf) : null,
            root + ArticleExportEndpoints.JatsPath(slug, article.Id),
            CitationFormat.All.ToDictionary(f => f.Extension, f => root + ArticleExportEndpoints.CitationPath(slug, article.Id, f)),
            CitationFormat.All.ToDictionary(f => f.Extension, f => root + ArticleExportEndpoints.ReferencesPath(slug, article.Id, f)));
    }
}
