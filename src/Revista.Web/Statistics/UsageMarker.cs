using System.Globalization;
using Microsoft.Extensions.Primitives;
using Revista.Statistics;

namespace Revista.Web.Statistics;

/// <summary>
/// How a response says which use of which article it is. The page or endpoint that knows (full text shown or hidden by
/// the health-professional question, a PDF or a supplement) sets an internal response header; the output cache stores
/// it with the page, so a cached copy served without running the page still says it; <see cref="UsageCapture"/> reads
/// it as the response starts and removes it, so it never reaches the reader.
/// </summary>
internal static class UsageMarker
{
    public const string Header = "X-Revista-Usage";

    /// <summary>Marks the response as a use of <paramref name="articleId"/>; nothing when capture is off.</summary>
    public static void Mark(HttpContext? context, int articleId, UsageActivity activity, UsageFormat format)
    {
        if (context is null || context.RequestServices.GetService<UsageQueue>() is null)
            return;
        context.Response.Headers[Header] = string.Create(CultureInfo.InvariantCulture, $"{articleId} {(int)activity} {(int)format}");
    }

    /// <summary>An article page: a Request for its HTML full text when this reader is shown it, else an Investigation.</summary>
    public static void MarkPage(HttpContext? context, int articleId, bool fullTextShown) =>
        Mark(context, articleId, fullTextShown ? UsageActivity.Request : UsageActivity.Investigation, UsageFormat.Html);

    /// <summary>Reads and removes the mark; false when the response carries none (or a malformed one).</summary>
    public static bool TryTake(IHeaderDictionary headers, out int articleId, out UsageActivity activity, out UsageFormat format)
    {
        articleId = 0;
        activity = default;
        format = default;
        if (!headers.Remove(Header, out StringValues value))
            return false;
        // "ID ACTIVITY FORMAT", read without splitting: every captured page passes here.
        ReadOnlySpan<char> mark = value.ToString();
        Span<Range> parts = stackalloc Range[4];
        if (mark.Split(parts, ' ') != 3
            || !int.TryParse(mark[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out articleId)
            || !byte.TryParse(mark[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out var a) || !Enum.IsDefined((UsageActivity)a)
            || !byte.TryParse(mark[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var f) || !Enum.IsDefined((UsageFormat)f))
            return false;
        activity = (UsageActivity)a;
        format = (UsageFormat)f;
        return true;
    }
}
