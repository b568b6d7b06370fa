using Revista.Journals;

namespace Revista.Web.Discovery;

/// <summary>A journal in the JSON API.</summary>
internal sealed record ApiJournal(
    string Slug,
    string Title,
    IReadOnlyList<JournalTitle> TransTitles,
    string? AbbreviatedTitle,
    string? PrintIssn,
    string? ElectronicIssn,
    string? Publisher,
    string? PublisherLocation,
    IReadOnlyList<string> Languages,
    string? LicenseUrl,
    string? DoiPrefix,
    IReadOnlyList<ApiSection> Sections,
    ApiJournalLinks Links)
{
    public static ApiJournal Of(Journal journal, string root) => new(
        journal.Slug,
        journal.Title,
        journal.TransTitles,
        journal.AbbreviatedTitle,
        journal.PrintIssn,
        journal.ElectronicIssn,
        journal.Publisher,
        journal.PublisherLocation,
        journal.Languages,
        journal.LicenseUrl,
        journal.DoiPrefix,
        [.. journal.Sections.OrderBy(s => s.Position).Select(s => new ApiSection(s.Id, s.Title))],
        new ApiJournalLinks(
            root + ApiEndpoints.JournalPath(journal.Slug),
            root + "/" + journal.Slug,
            root + ApiEndpoints.IssuesPath(journal.Slug),
            root + ApiEndpoints.ArticlesPath(journal.Slug),
            root + FeedEndpoints.JournalPath(journal.Slug, FeedEndpoints.Atom),
            root + FeedEndpoints.JournalPath(journal.Slug, FeedEndpoints.Rss),
            root + SitemapEndpoints.JournalPath(journal.Slug)));
}

/// <summary>A journal section (JATS subj-group subj-group-type="heading").</summary>
internal sealed record ApiSection(int Id, string Title);

/// <summary>Where to read a journal: this record, its web page, its issues and articles, feeds and sitemap.</summary>
internal sealed record ApiJournalLinks(string Self, string Page, string Issues, string Articles, string Atom, string Rss, string Sitemap);
