using System.Xml.Linq;

namespace Revista.Jats;

// sub-article (JATS) and response (NLM 2.x/3.0): translations, peer reviews, decision letters, author replies.
public sealed partial class JatsReader
{
    /// <summary>All sub-articles and responses, nested ones included, in document order (a parent before its children).</summary>
    private IReadOnlyList<JatsSubArticle> ReadSubArticles() => [.. subArticles.Select(ReadSubArticle)];

    private JatsSubArticle ReadSubArticle(XElement sub)
    {
        var parent = sub.Ancestors().FirstOrDefault(subArticleIds.ContainsKey);
        var parentLanguage = parent is null ? language : LanguageAt(parent);
        var parentType = Clean((parent ?? root).Attribute("article-type")?.Value);
        var subLanguage = LanguageOf(sub) ?? parentLanguage;
        var type = Clean(sub.Attribute("article-type")?.Value ?? sub.Attribute("response-type")?.Value);
        // front-stub is the usual header; a sub-article may also carry a full front with its own article-meta.
        var stub = Child(sub, "front-stub") ?? Child(Child(sub, "front"), "article-meta");
        var titleGroup = Child(stub, "title-group");
        var title = RichText(Child(titleGroup, "article-title"));
        var authorNotes = Child(stub, "author-notes");
        return new JatsSubArticle
        {
            Id = subArticleIds[sub],
            ArticleType = type,
            Language = subLanguage,
            IsTranslation = SubArticleKind.IsTranslation(sub, subLanguage, parentLanguage, parentType),
            Doi = ReadIds(stub).FirstOrDefault(i => i.Type == "doi")?.Value,
            Title = title,
            Subtitle = OptionalRichText(Child(titleGroup, "subtitle")),
            Contributors = ReadContributors(stub, authorNotes),
            Affiliations = ReadAffiliations(stub),
            Abstracts = ReadAbstracts(stub, subLanguage),
            KeywordGroups = ReadKeywordGroups(stub, subLanguage),
            AuthorNotes = ReadAuthorNotes(authorNotes),
            ParentId = parent is null ? null : subArticleIds[parent],
            Section = SectionOf(Child(stub, "article-categories")),
        };
    }
}
