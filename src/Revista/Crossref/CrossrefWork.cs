using System.Xml.Linq;
using Revista.Articles;
using Revista.Jats;

namespace Revista.Crossref;

/// <summary>
/// One article to register: its row (with <see cref="Article.Journal"/> and <see cref="Article.Issue"/> loaded), the
/// stored JATS of its current version re-read with <see cref="JatsReader"/>, and the address of its page in each
/// language (<c>null</c> for the article's own language) for doi_data/resource. <see cref="LinkedFrom"/> holds the
/// translation links other articles here make to this one (their related-article), which this file may not repeat.
/// </summary>
public sealed record CrossrefWork(Article Row, JatsArticle Jats, XDocument Source, Func<string?, string> PageUrl)
{
    public IReadOnlyList<CrossrefRelation> LinkedFrom { get; init; } = [];
}
