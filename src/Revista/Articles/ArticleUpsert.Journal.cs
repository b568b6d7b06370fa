using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Jats;
using Revista.Journals;

namespace Revista.Articles;

public static partial class ArticleUpsert
{
    private const string UntitledJournal = "Untitled journal";

    /// <summary>
    /// The journal named by slug; else the one sharing an ISSN; else one with the same journal-id (same type and
    /// value); else one with the same title. A journal with other ISSNs than the article's is never matched by id or
    /// title: two journals may share a title or a publisher's code, never an ISSN. Null when the journal is new.
    /// </summary>
    private static async Task<Journal?> FindJournalAsync(RevistaDb db, JatsJournal meta, string? slug, CancellationToken cancellationToken)
    {
        if (slug is not null)
        {
            if (!JournalSlug.IsValid(slug))
                throw new ArgumentException($"\"{slug}\" is not a journal slug: use lower-case letters, digits and single hyphens.", nameof(slug));
            return await db.Journals.FirstOrDefaultAsync(j => j.Slug == slug, cancellationToken);
        }

        var issns = Issns(meta).Select(i => i.Issn).Distinct().ToList();
        if (issns.Count > 0)
        {
            var byIssn = await db.Journals
                .Where(j => issns.Contains(j.PrintIssn!) || issns.Contains(j.ElectronicIssn!))
                .OrderBy(j => j.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (byIssn is not null)
                return byIssn;
        }
        var withoutIssn = issns.Count > 0;

        var ids = JournalIds(meta);
        if (ids.Count > 0)
        {
            var values = ids.Select(i => i.Value).Distinct().ToList();
            var candidates = await db.JournalIdentifiers
                .Where(i => values.Contains(i.Value))
                .Join(db.Journals, i => i.JournalId, j => j.Id, (i, j) => new { i.Type, i.Value, Journal = j })
                .Where(c => !withoutIssn || (c.Journal.PrintIssn == null && c.Journal.ElectronicIssn == null))
                .ToListAsync(cancellationToken);
            var byId = candidates
                .Where(c => ids.Any(i => i.Type == c.Type && i.Value == c.Value))
                .Select(c => c.Journal)
                .MinBy(j => j.Id);
            if (byId is not null)
                return byId;
        }

        var title = TitleOf(meta);
        return await db.Journals
            .Where(j => j.Title == title && (!withoutIssn || (j.PrintIssn == null && j.ElectronicIssn == null)))
            .OrderBy(j => j.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static async Task<Journal> CreateJournalAsync(RevistaDb db, JatsJournal meta, string? slug, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var abbreviation = AbbreviationOf(meta);
        var nlmTitle = meta.JournalIds.FirstOrDefault(i => i.Type == "nlm-ta")?.Value;
        var journal = new Journal
        {
            Slug = slug ?? await UniqueSlugAsync(db, JournalSlug.FromText(abbreviation ?? nlmTitle ?? TitleOf(meta)), cancellationToken),
            Title = TitleOf(meta),
            CreatedAt = now,
        };
        db.Journals.Add(journal);
        return journal;
    }

    /// <summary>Fills what the journal lacks from this article's journal-meta; never overwrites what editors may have set.</summary>
    private static async Task CompleteJournalAsync(RevistaDb db, Journal journal, JatsArticle jats, CancellationToken cancellationToken)
    {
        var meta = jats.Journal;
        if (db.Entry(journal).State != EntityState.Added)
            await db.Entry(journal).Collection(j => j.Identifiers).LoadAsync(cancellationToken);

        foreach (var (type, issn) in Issns(meta))
        {
            if (journal.PrintIssn == issn || journal.ElectronicIssn == issn)
                continue;
            if (type == "epub" && journal.ElectronicIssn is null)
                journal.ElectronicIssn = issn;
            else if (type != "epub" && journal.PrintIssn is null)
                journal.PrintIssn = issn;
            else if (type == "unknown" && journal.ElectronicIssn is null)
                journal.ElectronicIssn = issn;
        }
        foreach (var id in JournalIds(meta))
        {
            if (!journal.Identifiers.Any(i => i.Type == id.Type && i.Value == id.Value))
                journal.Identifiers.Add(new JournalIdentifier { Type = id.Type, Value = id.Value });
        }
        journal.AbbreviatedTitle ??= AbbreviationOf(meta);
        journal.Publisher ??= Clean(meta.PublisherName);
        journal.PublisherLocation ??= Clean(meta.PublisherLocation);
        if (journal.TransTitles.Count == 0 && meta.TransTitles.Count > 0)
            journal.TransTitles = [.. meta.TransTitles.Where(t => !t.Title.IsEmpty).Select(t => new JournalTitle(t.Language, t.Title.Text))];
        if (!journal.Languages.Contains(jats.Language))
            journal.Languages = [.. journal.Languages, jats.Language];
    }

    /// <summary>The base slug, or base-2, base-3, … : the first one no journal uses (one query).</summary>
    private static async Task<string> UniqueSlugAsync(RevistaDb db, string baseSlug, CancellationToken cancellationToken)
    {
        var prefix = baseSlug + "-";
        var taken = (await db.Journals
            .Where(j => j.Slug == baseSlug || j.Slug.StartsWith(prefix))
            .Select(j => j.Slug)
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
            slug = $"{baseSlug}-{n}";
        return slug;
    }

    private static List<(string Type, string Issn)> Issns(JatsJournal meta) =>
        [.. meta.Issns
            .Select(i => (Type: i.Type.ToLowerInvariant(), Issn: Issn.Normalize(i.Value)))
            .Where(i => i.Issn is not null)
            .Select(i => (i.Type, i.Issn!))];

    private static List<JatsId> JournalIds(JatsJournal meta) =>
        [.. meta.JournalIds
            .Select(i => new JatsId(i.Type.Trim(), i.Value.Trim()))
            .Where(i => i.Type.Length is > 0 and <= ColumnLengths.JournalIdType && i.Value.Length is > 0 and <= ColumnLengths.JournalIdValue)
            .Distinct()];

    private static string TitleOf(JatsJournal meta) => Clean(meta.Title) ?? AbbreviationOf(meta) ?? UntitledJournal;

    /// <summary>abbrev-journal-title, the publisher's own abbreviation first, then the ISO one.</summary>
    private static string? AbbreviationOf(JatsJournal meta) =>
        Clean((meta.AbbreviatedTitles.FirstOrDefault(a => a.Type == "publisher")
            ?? meta.AbbreviatedTitles.FirstOrDefault(a => a.Type == "iso-abbrev")
            ?? (meta.AbbreviatedTitles.Count > 0 ? meta.AbbreviatedTitles[0] : null))?.Value);
}
