using System.Security;
using Revista.Ingest;

namespace Revista.Tests.Search;

/// <summary>Small bilingual JATS articles written for the search tests, each with its own words.</summary>
internal static class SearchFixtures
{
    public sealed record Paper(
        string Doi,
        string Title,
        string Abstract = "An abstract.",
        string Body = "Some body text.",
        string Surname = "Pérez",
        string? SpanishTitle = null,
        string? SpanishAbstract = null,
        string Keyword = "testing",
        string CitedTitle = "A cited work",
        string Journal = "Test Journal",
        string Date = "2025-02-03");

    public static string JatsOf(Paper paper)
    {
        var date = DateOnly.ParseExact(paper.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string E(string text) => SecurityElement.Escape(text);
        var spanishTitle = paper.SpanishTitle is null ? "" :
            $"""<trans-title-group xml:lang="es"><trans-title>{E(paper.SpanishTitle)}</trans-title></trans-title-group>""";
        var spanishAbstract = paper.SpanishAbstract is null ? "" : $"""<trans-abstract xml:lang="es"><p>{E(paper.SpanishAbstract)}</p></trans-abstract>""";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            {Ingest.JatsFixtures.Doctype}
            <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article" xml:lang="en">
              <front>
                <journal-meta>
                  <journal-id journal-id-type="publisher-id">{E(paper.Journal)}</journal-id>
                  <journal-title-group><journal-title>{E(paper.Journal)}</journal-title></journal-title-group>
                  <publisher><publisher-name>Test Press</publisher-name></publisher>
                </journal-meta>
                <article-meta>
                  <article-id pub-id-type="doi">{E(paper.Doi)}</article-id>
                  <title-group><article-title>{E(paper.Title)}</article-title>{spanishTitle}</title-group>
                  <contrib-group>
                    <contrib contrib-type="author"><name><surname>{E(paper.Surname)}</surname><given-names>Ana</given-names></name></contrib>
                  </contrib-group>
                  <pub-date pub-type="epub"><day>{date.Day}</day><month>{date.Month}</month><year>{date.Year}</year></pub-date>
                  <volume>4</volume><issue>1</issue><fpage>10</fpage><lpage>12</lpage>
                  <abstract><p>{E(paper.Abstract)}</p></abstract>
                  {spanishAbstract}
                  <kwd-group xml:lang="en"><kwd>{E(paper.Keyword)}</kwd></kwd-group>
                </article-meta>
              </front>
              <body><sec><title>Introduction</title><p>{E(paper.Body)}</p></sec></body>
              <back>
                <ref-list><ref id="r1"><label>1</label><element-citation publication-type="journal">
                  <person-group person-group-type="author"><name><surname>Smith</surname><given-names>J</given-names></name></person-group>
                  <article-title>{E(paper.CitedTitle)}</article-title><source>J Tests</source><year>2020</year>
                </element-citation></ref></ref-list>
              </back>
            </article>
            """;
    }

    /// <summary>Imports <paramref name="papers"/> through the real importer, failing the test on any import error.</summary>
    public static async Task ImportAsync(Importer importer, string folder, params Paper[] papers)
    {
        foreach (var paper in papers)
        {
            var path = Ingest.JatsFixtures.WriteFile(folder, Guid.NewGuid().ToString("N") + ".xml", JatsOf(paper));
            var candidate = Assert.Single(ImportPaths.Expand([path], ImportLimits.Default));
            var result = await importer.ImportAsync(candidate, null, TestContext.Current.CancellationToken);
            Assert.NotEqual(ImportOutcome.Failed, result.Outcome);
        }
    }
}
