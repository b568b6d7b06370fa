using System.Globalization;

namespace Revista.Articles;

/// <summary>Where a page of <see cref="ArticleQueries.LatestFirst"/> ended: the last article's date and id, written "2014-09-15.123" in URLs.</summary>
public readonly record struct ArticleCursor(DateOnly PublishedOn, int ArticleId)
{
    public static ArticleCursor Of(Article article) => new(article.PublishedOn, article.Id);

    public static bool TryParse(string? text, out ArticleCursor cursor)
    {
        cursor = default;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot < 0
            || !DateOnly.TryParseExact(text.AsSpan(0, dot), "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }
        cursor = new ArticleCursor(date, id);
        return true;
    }

    public override string ToString() =>
        PublishedOn.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture) + "." + ArticleId.ToString(CultureInfo.InvariantCulture);
}
