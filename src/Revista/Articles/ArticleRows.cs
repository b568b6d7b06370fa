using Revista.Jats;

namespace Revista.Articles;

/// <summary>
/// Turns a parsed <see cref="JatsArticle"/> into the article's columns and child rows. Pure functions of the model:
/// no database access, so the upsert decides what is written and these decide only what the rows say.
/// </summary>
internal static partial class ArticleRows
{
    /// <summary>Sets the article's own columns from the article-meta (identity, title, pages, date, licence).</summary>
    public static void ApplyMetadata(Article article, JatsArticle jats, DateTimeOffset now)
    {
        article.Doi = ArticleUpsert.DoiOf(jats.Doi);
        article.DoiKey = ArticleUpsert.DoiKeyOf(jats.Doi);
        article.PublisherId = Clean(jats.PublisherId);
        article.Pmid = Clean(jats.Pmid);
        article.Pmcid = Clean(jats.Pmcid);
        article.ArticleType = Clean(jats.ArticleType);
        article.Language = jats.Language;
        article.Title = jats.Title.Text;
        article.TitleHtml = jats.Title.Html;
        article.Subtitle = jats.Subtitle is { IsEmpty: false } subtitle ? subtitle.Text : null;
        article.SubtitleHtml = jats.Subtitle is { IsEmpty: false } ? jats.Subtitle.Html : null;
        article.FirstPage = Clean(jats.FirstPage);
        article.LastPage = Clean(jats.LastPage);
        article.ElocationId = Clean(jats.ElocationId);
        article.PageOrder = PageOrderOf(article.FirstPage ?? article.ElocationId);

        var date = PublicationDates.BestArticleDate(jats.PubDates);
        article.PublishedOn = PublicationDates.ToDateOnly(date) ?? DateOnly.FromDateTime(now.UtcDateTime);
        article.DateLabel = PublicationDates.Label(date, includeDay: true);

        var permissions = jats.Permissions;
        var creativeCommons = permissions.Licenses.FirstOrDefault(IsCreativeCommons);
        var license = creativeCommons ?? (permissions.Licenses.Count > 0 ? permissions.Licenses[0] : null);
        article.AccessStatus = creativeCommons is null ? Article.FreeAccess : Article.OpenAccess;
        article.LicenseUrl = Clean(license?.Url);
        article.LicenseHtml = license is { Text.IsEmpty: false } ? license.Text.Html : null;
        article.CopyrightStatement = Clean(permissions.CopyrightStatement);
        article.CopyrightYear = Clean(permissions.CopyrightYear);
        article.CopyrightHolder = Clean(permissions.CopyrightHolder);
        article.FundingStatement = Clean(jats.FundingStatement);
    }

    /// <summary>Replaces every child row list with rows built from this version.</summary>
    public static void ReplaceChildren(Article article, JatsArticle jats, RenderedArticle rendered, IReadOnlyList<ImportedAsset> assets)
    {
        article.Contributors = Contributors(jats);
        article.Affiliations = Affiliations(jats);
        article.Notes = Notes(jats);
        article.Abstracts = Abstracts(jats);
        article.Keywords = Keywords(jats);
        article.Subjects = Subjects(jats);
        article.Translations = Translations(jats);
        article.References = References(jats);
        article.Funding = Funding(jats);
        article.Dates = Dates(jats);
        article.Assets = Assets(jats, assets);
        article.Fragments = Fragments(rendered);
        article.Relations = Relations(jats);
    }

    /// <summary>The number a table of contents sorts by: the first run of digits ("e123" → 123, "S12" → 12, "xii" → null).</summary>
    public static int? PageOrderOf(string? page)
    {
        if (page is null)
            return null;
        var start = page.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
            return null;
        var digits = page.AsSpan(start);
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        digits = end < 0 ? digits : digits[..end];
        digits = digits.TrimStart('0');
        if (digits.Length == 0)
            return 0;
        return digits.Length > 9 ? int.MaxValue : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A licence is Creative Commons when its URL is on creativecommons.org or its text names it.</summary>
    private static bool IsCreativeCommons(JatsLicense license) =>
        (license.Url is { } url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            && (uri.Host.Equals("creativecommons.org", StringComparison.OrdinalIgnoreCase)
                || uri.Host.EndsWith(".creativecommons.org", StringComparison.OrdinalIgnoreCase)))
        || license.Text.Text.Contains("Creative Commons", StringComparison.OrdinalIgnoreCase);

    /// <summary>The key of a sub-article's rows: its @id, or its position when the file gives none.</summary>
    private static string SubArticleKey(JatsSubArticle subArticle, int index) => subArticle.Id ?? $"sub-article-{index + 1}";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
