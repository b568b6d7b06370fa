using Microsoft.EntityFrameworkCore;
using Revista.Data;

namespace Revista.Tests.Infrastructure;

/// <summary>How many rows each table holds, to show that an operation wrote exactly what it should (or nothing).</summary>
internal static class TableCounts
{
    public static async Task<SortedDictionary<string, int>> ReadAsync(RevistaDb db)
    {
        var ct = TestContext.Current.CancellationToken;
        return new SortedDictionary<string, int>(StringComparer.Ordinal)
        {
            ["Journals"] = await db.Journals.CountAsync(ct),
            ["JournalIdentifiers"] = await db.JournalIdentifiers.CountAsync(ct),
            ["Sections"] = await db.Sections.CountAsync(ct),
            ["Issues"] = await db.Issues.CountAsync(ct),
            ["Articles"] = await db.Articles.CountAsync(ct),
            ["ArticleVersions"] = await db.ArticleVersions.CountAsync(ct),
            ["Contributors"] = await db.Contributors.CountAsync(ct),
            ["Affiliations"] = await db.Affiliations.CountAsync(ct),
            ["References"] = await db.References.CountAsync(ct),
            ["ArticleAssets"] = await db.ArticleAssets.CountAsync(ct),
            ["Translations"] = await db.Translations.CountAsync(ct),
            ["ArticleAbstracts"] = await db.ArticleAbstracts.CountAsync(ct),
            ["Keywords"] = await db.Keywords.CountAsync(ct),
            ["ArticleSubjects"] = await db.ArticleSubjects.CountAsync(ct),
            ["ArticleFragments"] = await db.ArticleFragments.CountAsync(ct),
            ["ArticleDates"] = await db.ArticleDates.CountAsync(ct),
            ["ArticleFunding"] = await db.ArticleFunding.CountAsync(ct),
            ["ArticleNotes"] = await db.ArticleNotes.CountAsync(ct),
            ["StoredAssets"] = await db.StoredAssets.CountAsync(ct),
            ["SearchOutbox"] = await db.SearchOutbox.CountAsync(ct),
        };
    }
}
