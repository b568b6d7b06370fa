using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Revista.Articles;

namespace Revista.Web.Articles;

internal sealed partial class ArticleMetadata
{
    // Letters of every script stay readable; the encoder still escapes <, >, & and quotes as \uXXXX, so no value can
    // close the script element that holds the JSON ("</script>" is written "\u003C/script\u003E").
    private static readonly JsonSerializerOptions JsonLdOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// schema.org ScholarlyArticle as JSON-LD (Google "Article" structured data; schema.org isPartOf chain
    /// PublicationIssue → PublicationVolume → Periodical), serialised by System.Text.Json so every value is escaped.
    /// </summary>
    public string JsonLd()
    {
        var work = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ScholarlyArticle",
            ["@id"] = PageUrl,
            ["url"] = PageUrl,
            ["headline"] = _reading.Title,
            ["name"] = _reading.Title,
        };
        var otherTitles = new[] { Article.Title }.Concat(Article.Translations.Select(t => t.Title))
            .OfType<string>().Where(t => t.Length > 0 && t != _reading.Title).Distinct(StringComparer.Ordinal).ToList();
        if (otherTitles.Count > 0)
            work["alternateName"] = JsonList(otherTitles.Select(t => (JsonNode?)t));
        work["inLanguage"] = _reading.ContentLanguage;
        work["author"] = JsonList(Authors.Select(Person));
        work["datePublished"] = PublishedOn;
        work["isPartOf"] = IssueChain();
        Set(work, "pageStart", Article.FirstPage);
        Set(work, "pageEnd", Article.LastPage);
        if (Article.Doi is { } doi)
        {
            work["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = doi };
            work["sameAs"] = DoiUrl;
        }
        Set(work, "license", Article.LicenseUrl);
        if (_reading.Keywords.Count > 0)
            work["keywords"] = JsonList(_reading.Keywords.Select(k => (JsonNode?)k.Value));
        Set(work, "abstract", _reading.Abstracts.Count > 0 ? _reading.Abstracts[0].Text : null);
        Set(work, "image", FirstFigureImage());
        work["isAccessibleForFree"] = Article.AccessStatus is Article.OpenAccess or Article.FreeAccess;
        if (Journal.Publisher is { Length: > 0 } publisher)
            work["publisher"] = Organization(publisher);
        var targets = TranslationTargets();
        if (targets.FirstOrDefault(t => t.IsOriginal) is { } original)
            work["translationOfWork"] = CreativeWork(original);
        if (targets.Where(t => !t.IsOriginal).ToList() is { Count: > 0 } translations)
            work["workTranslation"] = JsonList(translations.Select(CreativeWork));
        return work.ToJsonString(JsonLdOptions);
    }

    /// <summary>
    /// A separate view of the article (figures, a figure, statistics, side by side) as a schema.org WebPage about the
    /// article: it names the article by its page URL and DOI but does not claim to be it, so indexers keep one record.
    /// </summary>
    public string WebPageJsonLd(string viewUrl, string name)
    {
        var about = new JsonObject
        {
            ["@type"] = "ScholarlyArticle",
            ["@id"] = PageUrl,
            ["url"] = PageUrl,
            ["headline"] = Article.Title,
        };
        if (Article.Doi is { } doi)
        {
            about["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = doi };
            about["sameAs"] = DoiUrl;
        }
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["@id"] = viewUrl,
            ["url"] = viewUrl,
            ["name"] = name,
            ["inLanguage"] = _ui,
            ["about"] = about,
        };
        return page.ToJsonString(JsonLdOptions);
    }

    /// <summary>Open Graph for a separate view: a web page of its own, titled as such, on the journal's site.</summary>
    public IReadOnlyList<MetaTag> WebPageOpenGraph(string viewUrl, string name) =>
    [
        new("og:type", "website"),
        new("og:title", name),
        new("og:url", viewUrl),
        new("og:site_name", Journal.Title),
        new("og:locale", OpenGraphLocale(_ui)),
    ];

    private JsonObject Person(Contributor author)
    {
        if (author.Collab is { } collab)
            return Organization(collab);
        var person = new JsonObject { ["@type"] = "Person", ["name"] = author.DisplayName };
        Set(person, "givenName", author.GivenNames);
        Set(person, "familyName", author.Surname);
        if (OrcidLink.Of(author.Orcid) is { } orcid)
        {
            person["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "ORCID", ["value"] = orcid };
            person["sameAs"] = orcid;
        }
        var affiliations = AffiliationsOf(author).Select(a => (JsonNode?)Organization(a)).ToList();
        if (affiliations.Count > 0)
            person["affiliation"] = JsonList(affiliations);
        Set(person, "email", EmailsOf(author).FirstOrDefault());
        return person;
    }

    // The innermost part the article names: its issue, else its volume, else the journal itself.
    private JsonObject IssueChain()
    {
        var periodical = new JsonObject { ["@type"] = "Periodical", ["name"] = Journal.Title };
        Set(periodical, "alternateName", Journal.AbbreviatedTitle);
        var issns = new[] { Journal.ElectronicIssn, Journal.PrintIssn }.OfType<string>().ToList();
        if (issns.Count > 0)
            periodical["issn"] = JsonList(issns.Select(i => (JsonNode?)i));
        if (Journal.Publisher is { Length: > 0 } publisher)
            periodical["publisher"] = Organization(publisher);
        var container = periodical;
        if (Article.Issue?.Volume is { } volume)
            container = new JsonObject { ["@type"] = "PublicationVolume", ["volumeNumber"] = volume, ["isPartOf"] = container };
        if (Article.Issue?.Number is { } number)
            container = new JsonObject { ["@type"] = "PublicationIssue", ["issueNumber"] = number, ["isPartOf"] = container };
        return container;
    }

    private static JsonObject CreativeWork(TranslationTarget target)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork", ["inLanguage"] = target.Language };
        Set(work, "name", target.Title);
        Set(work, "url", target.Url);
        if (target.Doi is { } doi)
        {
            work["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = doi };
            work["sameAs"] = DoiLink(doi);
        }
        return work;
    }

    private static JsonObject Organization(string name) => new() { ["@type"] = "Organization", ["name"] = name };

    private static JsonArray JsonList(IEnumerable<JsonNode?> items) => new([.. items]);

    private static void Set(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            target[name] = value;
    }
}
