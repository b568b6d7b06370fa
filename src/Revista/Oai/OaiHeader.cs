namespace Revista.Oai;

/// <summary>The header of one record (OAI-PMH 2.0 §2.5): which article, its datestamp, its sets, and whether it was deleted.</summary>
public sealed record OaiHeader(int ArticleId, DateTimeOffset Datestamp, string JournalSlug, int? SectionId, bool IsDeleted)
{
    public OaiListPosition Position => new(Datestamp, ArticleId);
}
