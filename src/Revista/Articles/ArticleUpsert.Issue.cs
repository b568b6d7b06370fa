using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Issues;
using Revista.Jats;
using Revista.Journals;

namespace Revista.Articles;

public static partial class ArticleUpsert
{
    /// <summary>
    /// The issue named by the article's volume and issue in the year of its issue date (collection or print date
    /// first); null for continuous publication, where the article names neither volume nor issue.
    /// </summary>
    private static async Task<Issue?> FindOrCreateIssueAsync(RevistaDb db, Journal journal, JatsArticle jats, CancellationToken cancellationToken)
    {
        var volume = Clean(jats.Volume);
        var number = Clean(jats.Issue);
        if (volume is null && number is null)
            return null;
        var date = PublicationDates.BestIssueDate(jats.PubDates);
        var year = PublicationDates.YearOf(date);
        var key = Issue.KeyOf(volume, number, year);
        var issue = db.Entry(journal).State == EntityState.Added
            ? null
            : await db.Issues.FirstOrDefaultAsync(i => i.JournalId == journal.Id && i.Key == key, cancellationToken);
        if (issue is null)
        {
            issue = new Issue { Journal = journal, Volume = volume, Number = number, Year = year, Key = key };
            db.Issues.Add(issue);
        }
        issue.DateLabel ??= PublicationDates.Label(date, includeDay: false);
        issue.PublishedOn ??= PublicationDates.ToDateOnly(date);
        return issue;
    }

    /// <summary>The journal's section with this heading, created at the end of the journal's sections when new.</summary>
    private static async Task<Section?> FindOrCreateSectionAsync(RevistaDb db, Journal journal, string? heading, CancellationToken cancellationToken)
    {
        var title = Clean(heading);
        if (title is null)
            return null;
        // Truncating cannot merge real sections (no two headings share 500 characters) and keeps the unique index usable.
        title = title.Length > ColumnLengths.SectionTitle ? title[..ColumnLengths.SectionTitle] : title;
        if (db.Entry(journal).State == EntityState.Added)
            return AddSection(db, journal, title, position: 1);
        var section = await db.Sections.FirstOrDefaultAsync(s => s.JournalId == journal.Id && s.Title == title, cancellationToken);
        if (section is not null)
            return section;
        var last = await db.Sections.Where(s => s.JournalId == journal.Id).MaxAsync(s => (int?)s.Position, cancellationToken);
        return AddSection(db, journal, title, (last ?? 0) + 1);
    }

    private static Section AddSection(RevistaDb db, Journal journal, string title, int position)
    {
        var section = new Section { Journal = journal, Title = title, Position = position };
        db.Sections.Add(section);
        return section;
    }
}
