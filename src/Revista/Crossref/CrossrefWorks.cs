using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;
using Revista.Jats;

namespace Revista.Crossref;

/// <summary>Articles from the database as <see cref="CrossrefWork"/>s: the row, and its current version's stored JATS re-read.</summary>
public static class CrossrefWorks
{
    /// <summary>Articles are read this many at a time, so a deposit of everything never holds every source XML at once.</summary>
    private const int ChunkSize = 50;

    /// <summary>
    /// The articles of <paramref name="articles"/> in the query's order. <paramref name="pageUrl"/> gives an article's page
    /// in a language (null: the article's own), for doi_data/resource.
    /// </summary>
    public static async IAsyncEnumerable<CrossrefWork> ReadAsync(
        RevistaDb db, IQueryable<Article> articles, Func<Article, string?, string> pageUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var ids = await articles.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var rows = await db.Articles.AsNoTracking().Include(a => a.Journal).Include(a => a.Issue)
                .Where(a => chunk.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
            var sources = await db.Articles.AsNoTracking().Where(a => chunk.Contains(a.Id))
                .SelectMany(a => a.Versions.Where(v => v.Number == a.CurrentVersionNumber).Select(v => new { v.ArticleId, v.SourceXml, v.SourceFileName }))
                .ToDictionaryAsync(v => v.ArticleId, cancellationToken);
            var linkedFrom = await LinkedFromAsync(db, chunk, cancellationToken);
            foreach (var id in chunk)
            {
                if (!rows.TryGetValue(id, out var row) || !sources.TryGetValue(id, out var source))
                    continue;
                // The stored bytes were parsed at import; they parse the same way now (JatsXml never reads the DTD).
                var document = JatsXml.Parse(source.SourceXml, source.SourceFileName);
                yield return new CrossrefWork(row, JatsReader.Read(document), document, language => pageUrl(row, language))
                {
                    LinkedFrom = [.. linkedFrom.Where(l => l.ArticleId == id).Select(l => l.Relation)],
                };
            }
        }
    }

    /// <summary>
    /// Translation links that other articles here make to these articles' DOIs, turned round: "the other has us as its
    /// translation" makes us isTranslationOf the other, and the reverse.
    /// </summary>
    private static async Task<List<(int ArticleId, CrossrefRelation Relation)>> LinkedFromAsync(RevistaDb db, int[] chunk, CancellationToken cancellationToken)
    {
        var links = await (
                from pair in TranslationPair.Between(db, db.Articles.Where(a => chunk.Contains(a.Id)), db.Articles)
                where pair.LinkedByOther
                join other in db.Articles on pair.OtherId equals other.Id
                select new { Id = pair.ArticleId, pair.Translation, other.Doi })
            .ToListAsync(cancellationToken);
        return
        [
            .. links
                .Where(l => l.Doi is not null)
                .Select(l => (l.Id, new CrossrefRelation(
                    l.Translation == ArticleRelation.HasTranslation ? CrossrefRelation.IsTranslationOf : CrossrefRelation.HasTranslation,
                    l.Doi!))),
        ];
    }
}
