using Revista.Articles;

namespace Revista.Oai;

/// <summary>
/// What the metadata formats read for one live record: the article with its journal, issue and section, its authors in
/// byline order, abstracts, keywords and translations (every language), its page address, and — only when the format
/// asks for it — the JATS source of its current version.
/// </summary>
public sealed record OaiArticle(
    Article Article,
    IReadOnlyList<Contributor> Authors,
    IReadOnlyList<ArticleAbstract> Abstracts,
    IReadOnlyList<Keyword> Keywords,
    IReadOnlyList<Translation> Translations,
    string Url,
    byte[]? SourceXml);
