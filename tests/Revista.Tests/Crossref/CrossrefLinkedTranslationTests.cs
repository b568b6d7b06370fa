using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Revista.Tests.Ingest;
using Revista.Web.Commands;
using static Revista.Tests.Web.Articles.LinkedTranslationTests;

namespace Revista.Tests.Crossref;

/// <summary>
/// Translations published as articles of their own reach Crossref as relations of both records, whichever of the two
/// files carries the related-article link.
/// </summary>
public sealed class CrossrefLinkedTranslationTests : IDisposable
{
    private static readonly XNamespace Cr = "http://www.crossref.org/schema/5.4.0";
    private static readonly XNamespace Rel = "http://www.crossref.org/relations.xsd";
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-crossref-linked-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_link_in_the_translation_gives_both_records_their_relation()
    {
        var data = Path.Combine(_folder, "data");
        await ImportAsync(data,
            Article("en", "10.5555/Pair.EN", "Synovitis in clinical practice", ""),
            Article("es", "10.5555/pair.es", "Sinovitis en la práctica clínica",
                """<related-article related-article-type="is-translation-of" ext-link-type="doi" xlink:href="10.5555/pair.en"/>"""));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RevistaCommandLine.InvokeAsync(
            ["export", "crossref", "--data", data, "--base-url", "https://journals.example.org/", "--email", "deposits@example.org"], output, error);

        Assert.True(exit == 0, error.ToString());
        var records = XDocument.Parse(output.ToString()).Descendants(Cr + "journal_article")
            .ToDictionary(a => a.Descendants(Cr + "doi").First().Value, Relations, StringComparer.OrdinalIgnoreCase);
        Assert.Equal([("hasTranslation", "10.5555/pair.es")], records["10.5555/pair.en"]);
        Assert.Equal([("isTranslationOf", "10.5555/pair.en")], records["10.5555/pair.es"]);
    }

    private static List<(string Type, string Doi)> Relations(XElement article) =>
    [
        .. article.Descendants(Rel + "intra_work_relation")
            .Select(r => ((string)r.Attribute("relationship-type")!, r.Value.ToLowerInvariant())),
    ];

    private async Task ImportAsync(string data, params string[] articles)
    {
        var files = articles.Select((xml, i) => JatsFixtures.WriteFile(_folder, $"a{i}.xml", xml)).ToArray();
        using var output = new StringWriter();
        Assert.Equal(0, await RevistaCommandLine.InvokeAsync(["import", .. files, "--data", data], output, output));
    }
}
