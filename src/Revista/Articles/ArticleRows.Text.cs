using Revista.Jats;

namespace Revista.Articles;

internal static partial class ArticleRows
{
    private static List<ArticleAbstract> Abstracts(JatsArticle jats) =>
    [
        .. AbstractRows(jats.Abstracts, subArticleId: null),
        .. jats.SubArticles.SelectMany((sub, i) => AbstractRows(sub.Abstracts, SubArticleKey(sub, i))),
    ];

    private static IEnumerable<ArticleAbstract> AbstractRows(IReadOnlyList<JatsAbstract> abstracts, string? subArticleId) =>
        abstracts.Select((a, i) => new ArticleAbstract
        {
            SubArticleId = subArticleId,
            Position = i + 1,
            Language = a.Language,
            Type = Clean(a.Type),
            IsTranslation = a.IsTranslation,
            Title = Clean(a.Title),
            Html = a.Html,
            Text = a.Text,
        });

    private static List<Keyword> Keywords(JatsArticle jats) =>
    [
        .. KeywordRows(jats.KeywordGroups, subArticleId: null),
        .. jats.SubArticles.SelectMany((sub, i) => KeywordRows(sub.KeywordGroups, SubArticleKey(sub, i))),
    ];

    private static IEnumerable<Keyword> KeywordRows(IReadOnlyList<JatsKeywordGroup> groups, string? subArticleId) =>
        groups.SelectMany(g => g.Keywords.Select(k => (Group: g, Value: k)))
            .Select((k, i) => new Keyword
            {
                SubArticleId = subArticleId,
                Position = i + 1,
                Language = k.Group.Language,
                GroupType = Clean(k.Group.Type),
                Value = k.Value,
            });

    private static List<ArticleSubject> Subjects(JatsArticle jats) =>
        [.. jats.Subjects.Select((s, i) => new ArticleSubject { Position = i + 1, GroupType = Clean(s.GroupType), Value = s.Value })];

    private static List<ArticleNote> Notes(JatsArticle jats) =>
        [.. jats.AuthorNotes.Select(n => (Note: n, Kind: ArticleNote.AuthorNote, SubArticleId: (string?)null))
            .Concat(jats.Footnotes.Select(n => (Note: n, Kind: ArticleNote.Footnote, SubArticleId: (string?)null)))
            .Concat(jats.Notes.Select(n => (Note: n, Kind: ArticleNote.Note, SubArticleId: (string?)null)))
            .Concat(jats.SubArticles.SelectMany((sub, i) =>
                sub.AuthorNotes.Select(n => (Note: n, Kind: ArticleNote.AuthorNote, SubArticleId: (string?)SubArticleKey(sub, i)))))
            .Select((n, i) => NoteRow(n.Note, n.Kind, n.SubArticleId, i + 1))];

    private static ArticleNote NoteRow(JatsNote note, string kind, string? subArticleId, int position) => new()
    {
        Position = position,
        SubArticleId = subArticleId,
        Kind = kind,
        XmlId = Clean(note.Id),
        Type = Clean(note.Type),
        Label = Clean(note.Label),
        Title = Clean(note.Title),
        Html = note.Content.Html,
        Text = note.Content.Text,
    };

    /// <summary>
    /// One row per language other than the article's: its title (trans-title-group), main abstract (trans-abstract)
    /// and keywords (kwd-group xml:lang), taken from a translation sub-article when there is one, since that carries
    /// the translated full text too.
    /// </summary>
    private static List<Translation> Translations(JatsArticle jats)
    {
        var translationSubArticles = jats.SubArticles
            .Select((sub, i) => (Sub: sub, Key: SubArticleKey(sub, i)))
            .Where(s => s.Sub.IsTranslation)
            .ToList();
        var languages = jats.TransTitles.Select(t => t.Language)
            .Concat(jats.Abstracts.Select(a => a.Language))
            .Concat(jats.KeywordGroups.Select(g => g.Language))
            .Concat(translationSubArticles.Select(s => s.Sub.Language))
            .Where(language => !string.IsNullOrEmpty(language) && !language.Equals(jats.Language, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);

        var rows = new List<Translation>();
        foreach (var language in languages)
        {
            bool Same(string other) => other.Equals(language, StringComparison.OrdinalIgnoreCase);
            var (sub, key) = translationSubArticles.FirstOrDefault(s => Same(s.Sub.Language));
            var transTitle = jats.TransTitles.FirstOrDefault(t => Same(t.Language));
            var title = sub is { Title.IsEmpty: false } ? sub.Title : transTitle?.Title;
            var subtitle = sub?.Subtitle ?? transTitle?.Subtitle;
            var summary = jats.Abstracts.FirstOrDefault(a => Same(a.Language) && a.Type is null)
                ?? sub?.Abstracts.FirstOrDefault(a => a.Type is null);
            var keywords = jats.KeywordGroups.Where(g => Same(g.Language))
                .Concat(sub?.KeywordGroups ?? [])
                .SelectMany(g => g.Keywords)
                .Distinct(StringComparer.Ordinal);
            rows.Add(new Translation
            {
                Language = language,
                SubArticleId = sub is null ? null : key,
                Doi = Clean(sub?.Doi),
                Title = title is { IsEmpty: false } ? title.Text : null,
                TitleHtml = title is { IsEmpty: false } ? title.Html : null,
                Subtitle = subtitle is { IsEmpty: false } ? subtitle.Text : null,
                SubtitleHtml = subtitle is { IsEmpty: false } ? subtitle.Html : null,
                AbstractHtml = summary?.Html,
                SectionTitle = Clean(sub?.Section),
                Keywords = [.. keywords],
            });
        }
        return rows;
    }
}
