using Revista.Articles;
using Revista.Ingest;

namespace Revista.Web.Articles;

/// <summary>The public URL of a PDF galley in the asset store, named as it was imported.</summary>
internal static class PdfLink
{
    public static string Of(ArticleAsset pdf) =>
        Importer.AssetUrl(pdf.Sha256, pdf.StoredAsset?.OriginalFileName is { Length: > 0 } name ? name : Path.GetFileName(pdf.Href));
}
