using Revista.Articles;
using Revista.Jats;
using Revista.Storage;

namespace Revista.Ingest;

/// <summary>Finds the files an article names (and its PDF galleys) in its package and puts them in the asset store.</summary>
internal static class PackageAssets
{
    public static async Task<List<ImportedAsset>> StoreAsync(
        ArticlePackage package,
        JatsArticle article,
        AssetStore store,
        ImportLimits limits,
        List<ImportWarning> warnings,
        List<string> addedFiles,
        CancellationToken cancellationToken)
    {
        var assets = new List<ImportedAsset>();
        var stored = new Dictionary<string, ImportedAsset>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var reference in article.AssetReferences)
        {
            var match = package.FindAsset(reference.Href);
            switch (match.Kind)
            {
                case AssetMatchKind.External:
                    warnings.Add(new ImportWarning($"{reference.Kind} \"{reference.Href}\" is an external link; it is linked, not stored."));
                    continue;
                case AssetMatchKind.Unsupported:
                    warnings.Add(new ImportWarning($"{reference.Kind} \"{reference.Href}\" is not a file of the package; it is not stored."));
                    continue;
                case AssetMatchKind.Missing:
                    missing.Add(reference.Href);
                    continue;
            }
            var file = match.File!;
            var role = RoleOf(reference);
            var asset = await PutAsync(package, file, reference.Href, role, reference.ElementId, store, limits, stored, addedFiles, cancellationToken);
            if (role == "self-uri" && asset.MediaType == "application/pdf")
                asset = asset with { Role = "pdf" };
            assets.Add(asset);
        }
        if (missing.Count > 0)
            warnings.Add(MissingFiles(missing));
        foreach (var pdf in GalleysOf(package, assets))
            assets.Add(await PutAsync(package, pdf, pdf.Path, "pdf", null, store, limits, stored, addedFiles, cancellationToken));
        return assets;
    }

    private static async Task<ImportedAsset> PutAsync(
        ArticlePackage package,
        PackageFile file,
        string href,
        string role,
        string? elementId,
        AssetStore store,
        ImportLimits limits,
        Dictionary<string, ImportedAsset> stored,
        List<string> addedFiles,
        CancellationToken cancellationToken)
    {
        if (stored.TryGetValue(file.Path, out var known))
            return known with { Href = href, Role = role, ElementId = elementId };
        var bytes = package.ReadAllBytes(file, limits.MaxAssetBytes);
        using var content = new MemoryStream(bytes, writable: false);
        var put = await store.PutAsync(content, cancellationToken);
        if (put.IsNew)
            addedFiles.Add(put.Sha256);
        var mediaType = MediaTypes.Guess(bytes, file.Name);
        int? width = null, height = null;
        if (ImageInfo.TryRead(bytes, out var w, out var h, out var imageType))
            (width, height, mediaType) = (w, h, imageType);
        var asset = new ImportedAsset(href, role, elementId, put.Sha256, bytes.LongLength, mediaType, width, height, file.Name);
        stored[file.Path] = asset;
        return asset;
    }

    /// <summary>
    /// PDF galleys that the XML does not name: packages ship "article.pdf" (and "article-en.pdf" for translations)
    /// beside "article.xml"; a zip with one article owns every PDF in it.
    /// </summary>
    private static IEnumerable<PackageFile> GalleysOf(ArticlePackage package, List<ImportedAsset> assets)
    {
        var xmlStem = AssetMatcher.StemOf(package.XmlPath[(package.XmlPath.LastIndexOf('/') + 1)..]);
        var named = assets.Select(a => a.OriginalFileName).ToHashSet(StringComparer.Ordinal);
        var singleArticleZip = package is ZipPackage && package.Files.Count(f => f.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) == 1;
        return package.Files.Where(f =>
            f.Name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
            && !named.Contains(f.Name)
            && (singleArticleZip || f.Stem.Equals(xmlStem, StringComparison.OrdinalIgnoreCase) || f.Stem.StartsWith(xmlStem + "-", StringComparison.OrdinalIgnoreCase)));
    }

    // One line per article: an XML imported without its package names dozens of absent files.
    private static ImportWarning MissingFiles(List<string> hrefs)
    {
        const int Shown = 5;
        var names = string.Join(", ", hrefs.Take(Shown).Select(h => $"\"{h}\""));
        var more = hrefs.Count > Shown ? $" and {hrefs.Count - Shown} more" : "";
        var count = hrefs.Count == 1 ? "1 file" : $"{hrefs.Count} files";
        return new ImportWarning($"{count} named by the XML not in the package: {names}{more}; import the package with its files to show them.");
    }

    private static string RoleOf(JatsAssetReference reference) => reference.Kind switch
    {
        "graphic" => "graphic",
        "inline-graphic" => "inline",
        "media" => "media",
        "supplementary-material" => "supplement",
        _ => "self-uri",
    };
}
