using Revista.Storage;

namespace Revista.Statistics;

/// <summary>
/// What a download of an article's file counts as, by its media type; the live capture and the log importer both ask
/// here, so a file means the same however its use was seen.
/// </summary>
public static class UsageClassifier
{
    /// <summary>
    /// A PDF is the full text (a Request, COUNTER R5.1 §3.3.2); any other file but an image is a supplement or media,
    /// content about the item (an Investigation). Images are not counted: the browser loads inline figures by itself
    /// while a page is read, which is no action of the reader; a figure viewed on its own counts through its figure
    /// page. Null means "not usage".
    /// </summary>
    public static (UsageActivity Activity, UsageFormat Format)? ForFile(string mediaType)
    {
        var type = mediaType.Split(';', 2)[0].Trim();
        if (type.Equals(MediaTypes.Pdf, StringComparison.OrdinalIgnoreCase))
            return (UsageActivity.Request, UsageFormat.Pdf);
        if (type.Length == 0 || type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
            return null;
        return (UsageActivity.Investigation, UsageFormat.Other);
    }
}
