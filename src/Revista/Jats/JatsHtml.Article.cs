using System.Xml.Linq;

namespace Revista.Jats;

public static partial class JatsHtml
{
    internal sealed partial class Writer
    {
        /// <summary>Translations met while writing a fragment; each becomes a fragment of its own afterwards.</summary>
        private List<XElement> translations = [];
        private string fragmentLanguage = "en";

        public RenderedArticle RenderArticle(XElement article)
        {
            var fragments = new List<HtmlFragment>();
            RenderFragment(article, LanguageOf(article, "en"), null, isTranslation: false, fragments);
            return new RenderedArticle(fragments, problems ?? []);
        }

        private void RenderFragment(XElement article, string language, string? subArticleId, bool isTranslation, List<HtmlFragment> fragments)
        {
            html = new HtmlMarkup(16 * 1024);
            text = UiText.For(language);
            fragmentLanguage = language;
            phrasing = 0;
            anchors = 0;
            headingDepth = 0;
            headingBase = 2;
            var found = new List<XElement>();
            translations = found;
            ArticleContent(article, language);
            fragments.Add(new HtmlFragment(language, subArticleId, isTranslation, html.ToString()));
            foreach (var translation in found)
            {
                RenderFragment(translation, LanguageOf(translation, language), IdOf(translation), isTranslation: true, fragments);
            }
        }

        /// <summary>body, back and floats-group of an article or sub-article, then its sub-articles that are not translations.</summary>
        private void ArticleContent(XElement article, string language)
        {
            foreach (var part in article.Elements())
            {
                switch (part.Name.LocalName)
                {
                    case "body" or "back" or "floats-group":
                        BlockContent(part, skipTitle: false);
                        break;
                    case "sub-article" or "response":
                        if (SubArticleKind.IsTranslation(part, LanguageOf(part, language), language, Attr(article, "article-type"))) translations.Add(part);
                        else AppendedSubArticle(part);
                        break;
                }
            }
        }

        /// <summary>Peer review, decision letters, author responses: a section at the end of the parent's fragment.</summary>
        private void AppendedSubArticle(XElement sub)
        {
            if (phrasing > 0)
            {
                Flattened(sub);
                return;
            }

            html.Open("section").Id(IdOf(sub)).Class("sub-article");
            LanguageAttribute(sub);
            html.Close();
            var front = sub.Element("front-stub") ?? sub.Element("front");
            var meta = front?.Element("article-meta") ?? front;
            var titleGroup = meta?.Element("title-group");
            var title = titleGroup?.Element("article-title");
            if (title is not null)
            {
                var tag = HeadingTag();
                html.Start(tag);
                phrasing++;
                Children(title);
                if (titleGroup?.Element("subtitle") is { } subtitle)
                {
                    html.Text(": ");
                    Children(subtitle);
                }

                phrasing--;
                html.EndBlock(tag);
                headingDepth++;
            }

            if (meta is not null) SubArticleFront(meta);
            ArticleContent(sub, LanguageOf(sub, fragmentLanguage));
            if (title is not null) headingDepth--;
            html.EndBlock("section");
        }

        /// <summary>Who wrote the sub-article (names and roles) and its abstract; the rest of its front matter is metadata.</summary>
        private void SubArticleFront(XElement meta)
        {
            var contributors = meta.Descendants("contrib").ToList();
            if (contributors.Count > 0)
            {
                html.Start("p", "contributors");
                phrasing++;
                var first = true;
                foreach (var contrib in contributors)
                {
                    if (!first) html.Raw(", ");
                    first = false;
                    ContributorName(contrib);
                }

                phrasing--;
                html.EndBlock("p");
            }

            foreach (var abstractElement in meta.Elements("abstract"))
            {
                html.Start("div", "abstract");
                var heading = Heading(abstractElement, null);
                BlockContent(abstractElement, skipTitle: true, skipLabel: true);
                EndHeading(heading);
                html.EndBlock("div");
            }
        }

        /// <summary>"Given Surname" as a byline prints it (surname first for name-style="eastern"), then roles in brackets.</summary>
        private void ContributorName(XElement contrib)
        {
            var name = contrib.Element("name") ?? contrib.Element("name-alternatives")?.Element("name");
            if (name is not null)
            {
                var eastern = Attr(name, "name-style") == "eastern";
                var order = eastern ? (ReadOnlySpan<string>)["prefix", "surname", "given-names", "suffix"] : ["prefix", "given-names", "surname", "suffix"];
                var written = false;
                foreach (var part in order)
                {
                    if (name.Element(part) is not { } element) continue;
                    if (written) html.Raw(" ");
                    Children(element);
                    written = true;
                }
            }
            else if ((contrib.Element("string-name") ?? contrib.Element("collab")) is { } other)
            {
                Element(other);
            }
            else if (contrib.Element("anonymous") is { } anonymous)
            {
                Children(anonymous);
            }

            var roles = contrib.Elements("role").ToList();
            if (roles.Count == 0) return;
            html.Raw(" (");
            for (var i = 0; i < roles.Count; i++)
            {
                if (i > 0) html.Raw(", ");
                Children(roles[i]);
            }

            html.Raw(")");
        }
    }
}
