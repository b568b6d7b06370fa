using System.Text;
using Revista.Articles;
using Revista.Crossref;
using Revista.Issues;
using Revista.Jats;
using Revista.Journals;

namespace Revista.Tests.Crossref;

/// <summary>Deposits built straight from JATS, with the journal, issue and article rows an import would have made of it.</summary>
internal static class CrossrefFixtures
{
    public static readonly DateTimeOffset Clock = new(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero);
    public static readonly CrossrefDepositor Depositor = new("Test Press", "deposits@test.example", "Test Press");

    public static CrossrefWork Work(string xml, int id = 1) => Work(Encoding.UTF8.GetBytes(xml), "test.xml", id);

    public static CrossrefWork Work(byte[] bytes, string name, int id = 1)
    {
        var document = JatsXml.Parse(bytes, name);
        var jats = JatsReader.Read(document);
        var journal = new Journal
        {
            Id = 1,
            Slug = "tj",
            Title = jats.Journal.Title ?? "Untitled journal",
            AbbreviatedTitle = jats.Journal.AbbreviatedTitles.Count > 0 ? jats.Journal.AbbreviatedTitles[0].Value : null,
            PrintIssn = jats.Journal.Issns.FirstOrDefault(i => i.Type == "ppub")?.Value,
            ElectronicIssn = jats.Journal.Issns.FirstOrDefault(i => i.Type is "epub" or "unknown")?.Value,
            Publisher = jats.Journal.PublisherName,
            Languages = [jats.Language],
        };
        var collection = jats.PubDates.FirstOrDefault(d => d.Type == "collection")?.Year;
        var issue = jats.Volume is null && jats.Issue is null
            ? null
            : new Issue { Id = 1, JournalId = 1, Journal = journal, Volume = jats.Volume, Number = jats.Issue, Year = collection };
        var online = jats.PubDates.FirstOrDefault(d => d.Year is not null);
        var article = new Article
        {
            Id = id,
            JournalId = 1,
            Journal = journal,
            IssueId = issue?.Id,
            Issue = issue,
            Doi = jats.Doi,
            Title = jats.Title.Text,
            Language = jats.Language,
            PublishedOn = new DateOnly(online?.Year ?? 2026, online?.Month ?? 1, online?.Day ?? 1),
            AccessStatus = jats.Permissions.Licenses.Any(l => l.Url?.Contains("creativecommons.org", StringComparison.Ordinal) == true) ? Article.OpenAccess : Article.FreeAccess,
        };
        return new CrossrefWork(article, jats, document, language => $"https://journal.example/tj/articles/{id}" + (language is null ? "" : "?lang=" + language));
    }

    public static CrossrefDeposit Deposit(params CrossrefWork[] works)
    {
        var deposit = new CrossrefDeposit(Depositor, Clock);
        foreach (var work in works)
            deposit.Add(work);
        return deposit;
    }
}
