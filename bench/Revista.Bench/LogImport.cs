using System.Diagnostics;
using System.Globalization;
using System.Text;
using Revista.Articles;
using Revista.Data;
using Revista.Journals;
using Revista.Statistics;
using Revista.Storage;

namespace Revista.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Revista.Bench -- log-import DIR [LINES]`: writes a synthetic access log of
/// LINES lines (default 1,000,000) in DIR, over 1,000 article rows (half with a full text, each with a PDF) inserted
/// directly into a SQLite store in DIR, then times <c>revista stats import-log</c>'s importer on it (lines/s), and a
/// second import of the same file (which only hashes it and finds it imported).
/// </summary>
internal static class LogImport
{
    private const int Articles = 1_000;

    public static async Task RunAsync(string folder, int lines)
    {
        Directory.CreateDirectory(folder);
        var data = Path.Combine(folder, "data");
        if (Directory.Exists(data))
            Directory.Delete(data, recursive: true);
        var options = new RevistaDataOptions { DataDirectory = data };
        await RevistaDatabase.MigrateAsync(options);
        var (ids, pdfs) = await SeedAsync(options);
        var log = Path.Combine(folder, "access.log");
        var clock = Stopwatch.StartNew();
        WriteLog(log, lines, ids, pdfs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {lines:N0} lines ({new FileInfo(log).Length / 1e6:F0} MB) in {clock.Elapsed.TotalSeconds:F1} s"));

        var importer = new UsageLogImporter(() => RevistaDatabase.Create(options), TimeProvider.System);
        clock.Restart();
        var result = await importer.ImportAsync(log, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        if (result.Outcome != UsageLogImportOutcome.Imported)
            throw new InvalidOperationException(result.Error);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {result.Events:N0} events ({result.Investigations:N0} investigations, {result.Requests:N0} requests) from {result.Lines:N0} lines in {seconds:F1} s: {result.Lines / seconds:N0} lines/s, {result.Events / seconds:N0} events/s; {result.Days.Count} days"));

        clock.Restart();
        var again = await importer.ImportAsync(log, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"again: {again.Outcome} in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static async Task<(int[] Ids, string[] Pdfs)> SeedAsync(RevistaDataOptions options)
    {
        var at = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var db = RevistaDatabase.Create(options);
        var journal = new Journal { Slug = "bench", Title = "Bench Journal", Publisher = "Bench Press", CreatedAt = at };
        db.Journals.Add(journal);
        var articles = new List<Article>();
        for (var n = 0; n < Articles; n++)
        {
            var doi = string.Create(CultureInfo.InvariantCulture, $"10.5555/bench.{n}");
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(doi)));
            db.StoredAssets.Add(new StoredAsset { Sha256 = sha, Bytes = 1000, MediaType = MediaTypes.Pdf, OriginalFileName = "article.pdf", CreatedAt = at });
            var article = new Article
            {
                Journal = journal,
                Doi = doi,
                DoiKey = doi,
                Title = "Synthetic article",
                TitleHtml = "Synthetic article",
                PublishedOn = new DateOnly(2024, 1, 1),
                CurrentVersionNumber = 1,
                CreatedAt = at,
                UpdatedAt = at,
                Assets = [new ArticleAsset { Role = ArticleAsset.Pdf, Href = "article.pdf", Sha256 = sha, Position = 1 }],
                Fragments = n % 2 == 0 ? [new ArticleFragment { Language = "en", Html = "<p>Full text.</p>" }] : [],
            };
            articles.Add(article);
            db.Articles.Add(article);
        }
        await db.SaveChangesAsync();
        return ([.. articles.Select(a => a.Id)], [.. articles.Select(a => a.Assets[0].Sha256)]);
    }

    /// <summary>
    /// Article pages 40 %, PDFs 15 %, figures 5 %, old URLs with a DOI 10 %, style sheets, scripts, images and home
    /// pages 25 %, HEAD and 404 5 %; 20,000 readers, 40 user agents, 30 days written in +01:00.
    /// </summary>
    private static void WriteLog(string path, int lines, int[] ids, string[] pdfs)
    {
        var random = new Random(42);
        var start = new DateTime(2025, 3, 1, 0, 0, 0);
        var step = TimeSpan.FromDays(30).Ticks / Math.Max(1, lines);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        for (var i = 0; i < lines; i++)
        {
            var n = random.Next(ids.Length);
            var roll = random.Next(100);
            var (method, target, status) = roll switch
            {
                < 40 => ("GET", $"/bench/articles/{ids[n]}", random.Next(10) == 0 ? 304 : 200),
                < 55 => ("GET", $"/assets/{pdfs[n]}/article.pdf", 200),
                < 60 => ("GET", $"/bench/articles/{ids[n]}/figures", 200),
                < 70 => ("GET", $"/index.php/bench/article/view/10.5555/bench.{n}", 200),
                < 80 => ("GET", "/css/site.css", 200),
                < 90 => ("GET", $"/assets/{random.Next():x8}{new string('0', 56)}/fig.png", 200),
                < 95 => ("GET", "/bench", 200),
                < 98 => ("HEAD", $"/bench/articles/{ids[n]}", 200),
                _ => ("GET", $"/bench/articles/{ids[n]}0000", 404),
            };
            var time = new DateTimeOffset(start.AddTicks(step * i), TimeSpan.FromHours(1));
            var address = $"198.51.{random.Next(80)}.{random.Next(250)}";
            var agent = $"Mozilla/5.0 (X11; Linux x86_64; rv:{100 + random.Next(40)}.0) Gecko/20100101 Firefox/{100 + random.Next(40)}.0";
            writer.Write(address);
            writer.Write(" - - [");
            writer.Write(time.ToString("dd/MMM/yyyy:HH:mm:ss zzz", CultureInfo.InvariantCulture).Remove(24, 1));
            writer.Write("] \"");
            writer.Write($"{method} {target} HTTP/1.1\" {status} 5120 \"-\" \"{agent}\"\n");
        }
    }
}
