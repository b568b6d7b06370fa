namespace Revista.Oai;

/// <summary>Where a page of a list ended: the last record's full stored datestamp and article id (the keyset cursor).</summary>
public readonly record struct OaiListPosition(DateTimeOffset Datestamp, int ArticleId);
