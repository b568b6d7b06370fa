using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Revista.Data;
using Revista.Ingest;
using Revista.Storage;
using Revista.Tests.Ingest;
using Revista.Tests.Storage;

namespace Revista.Tests.Statistics;

/// <summary>
/// Two articles of our own to read logs against (one with a full text, figure, PDF and supplement; one with an abstract
/// only), and log lines written for these tests.
/// </summary>
public sealed record UsageLogFixtures(string Slug, int FullText, int AbstractOnly, string PdfSha, string FigureSha, string SupplementSha)
{
    public const string FullTextDoi = "10.5555/Test.1";
    public const string AbstractOnlyDoi = "10.5555/abstract.2";
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    public const string Googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    /// <summary>Imports the two articles into the (migrated) database of <paramref name="options"/>.</summary>
    public static async Task<UsageLogFixtures> ImportAsync(RevistaDataOptions options, string folder, CancellationToken cancellationToken)
    {
        var importer = new Importer(() => RevistaDatabase.Create(options), new AssetStore(options.AssetDirectory), TimeProvider.System, ImportLimits.Default);
        var zip = JatsFixtures.WriteZip(folder, "full.zip",
            ("article.xml", JatsFixtures.Utf8(JatsFixtures.Article(doi: FullTextDoi, extraBody: """<supplementary-material xlink:href="data.csv"/>"""))),
            ("fig1.png", ImageBytes.Png(40, 30)),
            ("data.csv", JatsFixtures.Utf8("a,b\n1,2\n")),
            ("article.pdf", JatsFixtures.Utf8("%PDF-1.4\n% a test galley\n%%EOF\n")));
        var abstractOnly = Regex.Replace(JatsFixtures.Article(title: "Only an abstract", doi: AbstractOnlyDoi), "<body>.*</back>", "", RegexOptions.Singleline);
        var xml = JatsFixtures.WriteFile(folder, "abstract.xml", abstractOnly);
        foreach (var path in (string[])[zip, xml])
        {
            var result = await importer.ImportAsync(ImportPaths.Expand([path], ImportLimits.Default).Single(), null, cancellationToken);
            Assert.Equal(ImportOutcome.Imported, result.Outcome);
        }
        await using var db = RevistaDatabase.Create(options);
        var articles = await db.Articles.Select(a => new { a.Id, a.DoiKey, a.Journal!.Slug }).ToListAsync(cancellationToken);
        const string FullTextKey = "10.5555/test.1";
        var full = articles.Single(a => a.DoiKey == FullTextKey);
        var assets = await db.ArticleAssets.Where(a => a.ArticleId == full.Id).Select(a => new { a.Sha256, a.StoredAsset!.MediaType }).ToListAsync(cancellationToken);
        return new UsageLogFixtures(
            full.Slug,
            full.Id,
            articles.Single(a => a.Id != full.Id).Id,
            assets.Single(a => a.MediaType == MediaTypes.Pdf).Sha256,
            assets.Single(a => a.MediaType == MediaTypes.Png).Sha256,
            assets.Single(a => a.MediaType == MediaTypes.Csv).Sha256);
    }

    /// <summary>A combined-log line as nginx writes it.</summary>
    public static string Line(string target, int status = 200, string method = "GET", string address = "192.0.2.10",
        string time = "03/Feb/2025:10:15:42 +0000", string agent = Browser) =>
        $"{address} - - [{time}] \"{method} {target} HTTP/1.1\" {status} 5120 \"https://search.example/\" \"{agent}\"";

    public static string Write(string folder, string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    public static string WriteGzip(string folder, string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(folder, name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        return path;
    }
}
