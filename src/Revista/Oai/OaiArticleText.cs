using Revista.Articles;

namespace Revista.Oai;

/// <summary>The language-tagged texts of a record that both oai_dc and MARC write: titles, abstracts, keywords, authors.</summary>
internal static class OaiArticleText
{
    /// <summary>The article's title in its language, then each translation's title in its own.</summary>
    public static IEnumerable<(string Language, string Text)> Titles(OaiArticle record)
    {
        var article = record.Article;
        yield return (article.Language, Join(article.Title, article.Subtitle));
        foreach (var translation in record.Translations)
        {
            if (!string.IsNullOrWhiteSpace(translation.Title))
                yield return (translation.Language, Join(translation.Title, translation.Subtitle));
        }
    }

    /// <summary>
    /// The main abstract of each language: the article's, its trans-abstracts and its translation sub-articles' (not
    /// those of peer reviews or other sub-articles); untagged ones are in the article's language. One per language.
    /// </summary>
    public static IEnumerable<(string Language, string Text)> Abstracts(OaiArticle record) =>
        record.Abstracts
            .Where(a => IsOwnOrTranslation(record, a.SubArticleId) && !string.IsNullOrWhiteSpace(a.Text))
            .Select(a => (Language: LanguageOf(record, a.Language, a.SubArticleId), Text: a.Text.Trim()))
            .DistinctBy(a => a.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The keywords of every language, once each.</summary>
    public static IEnumerable<(string Language, string Text)> Keywords(OaiArticle record) =>
        record.Keywords
            .Where(k => IsOwnOrTranslation(record, k.SubArticleId) && !string.IsNullOrWhiteSpace(k.Value))
            .Select(k => (Language: LanguageOf(record, k.Language, k.SubArticleId), Text: k.Value.Trim()))
            .DistinctBy(k => (k.Language.ToUpperInvariant(), k.Text));

    /// <summary>"Surname, Given names" (the inverted form DC and MARC 100/700 use); an organisation's or a one-part name as printed.</summary>
    public static string Name(Contributor author) =>
        author.Collab
        ?? (author.Surname is { Length: > 0 } surname
            ? string.Join(", ", new[] { surname, author.GivenNames, author.Suffix }.Where(p => !string.IsNullOrWhiteSpace(p)))
            : author.DisplayName);

    private static bool IsOwnOrTranslation(OaiArticle record, string? subArticleId) =>
        subArticleId is null || record.Translations.Any(t => t.SubArticleId == subArticleId);

    private static string LanguageOf(OaiArticle record, string language, string? subArticleId) =>
        language.Length > 0
            ? language
            : record.Translations.FirstOrDefault(t => subArticleId is not null && t.SubArticleId == subArticleId)?.Language ?? record.Article.Language;

    private static string Join(string title, string? subtitle) =>
        string.IsNullOrWhiteSpace(subtitle) ? title : title + ": " + subtitle;
}
