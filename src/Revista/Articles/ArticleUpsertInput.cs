using Revista.Jats;

namespace Revista.Articles;

/// <summary>One article to import: its parsed model, the original bytes, the rendered HTML and the files already put in the asset store.</summary>
/// <param name="JournalSlug">Import into this journal (created from the journal-meta when absent); null to match the journal by ISSN, journal-id or title.</param>
/// <param name="Now">The import time (pass a <see cref="TimeProvider"/>'s time in tests).</param>
public sealed record ArticleUpsertInput(
    JatsArticle Article,
    byte[] SourceXml,
    string SourceFileName,
    RenderedArticle Rendered,
    IReadOnlyList<ImportedAsset> Assets,
    string? JournalSlug,
    DateTimeOffset Now);

/// <summary>A file named by the XML and already stored in the <see cref="Storage.AssetStore"/>.</summary>
/// <param name="Href">The xlink:href as written in the XML.</param>
/// <param name="Role">figure, graphic, supplement, pdf, media or inline (see <see cref="ArticleAsset"/>).</param>
/// <param name="Sha256">The stored file's name: 64 hex digits.</param>
/// <param name="Bytes">Its size.</param>
public sealed record ImportedAsset(
    string Href,
    string Role,
    string? ElementId,
    string Sha256,
    long Bytes,
    string MediaType,
    int? Width,
    int? Height,
    string OriginalFileName);
