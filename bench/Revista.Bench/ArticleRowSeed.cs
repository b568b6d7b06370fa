using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;
using Revista.Journals;

namespace Revista.Bench;

/// <summary>
/// Article rows inserted directly, for benchmarks of 100,000 articles (the import path of <see cref="BenchSeed"/> runs
/// at 10–50 articles/s, hours at that size). Bare rows in one journal "bench" (OaiPaging), or with text (SearchTiming):
/// ten journals, dates over 2006–2025, three authors, an abstract, five keywords and a rendered full text of 20–40 KB
/// of <see cref="ZipfText"/> words with a reference list. Does nothing when DIR already has articles.
/// </summary>
internal static class ArticleRowSeed
{
    private const int TextJournals = 10;

    public static async Task SeedAsync(RevistaDataOptions options, int articles, bool withText)
    {
        await using (var check = RevistaDatabase.Create(options))
        {
            if (await check.Articles.AnyAsync())
            {
                if (withText && !await check.ArticleFragments.AnyAsync())
                    throw new InvalidOperationException($"{options.DataDirectory} holds articles without full text (seeded by another mode); give a new folder.");
                return;
            }
        }
        var clock = Stopwatch.StartNew();
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var journalIds = new List<int>();
        await using (var db = RevistaDatabase.Create(options))
        {
            for (var j = 1; j <= (withText ? TextJournals : 1); j++)
            {
                // The first keeps OaiPaging's slug.
                var journal = new Journal { Slug = j == 1 ? "bench" : $"bench-{j}", Title = $"Bench Journal {j}", Publisher = "Bench Press", CreatedAt = start };
                db.Journals.Add(journal);
                await db.SaveChangesAsync();
                journalIds.Add(journal.Id);
            }
        }
        var batch = withText ? 1_000 : 5_000;
        for (var first = 0; first < articles; first += batch)
        {
            await using var db = RevistaDatabase.Create(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = first; n < Math.Min(articles, first + batch); n++)
            {
                // Pairs of articles share a second, as imports in one run do, so the id tie-break is exercised.
                var updated = start.AddSeconds(n / 2);
                var article = new Article
                {
                    JournalId = journalIds[n % journalIds.Count],
                    Doi = string.Create(CultureInfo.InvariantCulture, $"10.5555/bench.{n}"),
                    DoiKey = string.Create(CultureInfo.InvariantCulture, $"10.5555/bench.{n}"),
                    Title = string.Create(CultureInfo.InvariantCulture, $"Synthetic article {n}"),
                    TitleHtml = string.Create(CultureInfo.InvariantCulture, $"Synthetic article {n}"),
                    PublishedOn = DateOnly.FromDateTime(updated.UtcDateTime),
                    CurrentVersionNumber = 1,
                    CreatedAt = updated,
                    UpdatedAt = updated,
                };
                if (withText)
                    AddText(article, n, articles);
                db.Articles.Add(article);
            }
            await db.SaveChangesAsync();
            if (withText && (first / batch) % 10 == 9)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{first + batch:N0} articles, {clock.Elapsed.TotalSeconds:F0} s"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {articles:N0} article rows{(withText ? " with text" : "")} in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static void AddText(Article article, int n, int articles)
    {
        var random = new Random(n);
        article.Title = article.TitleHtml = ZipfText.Sentence(random, 90);
        article.PublishedOn = new DateOnly(2006, 1, 1).AddDays((int)(n * 7300L / articles));
        for (var a = 0; a < 3; a++)
        {
            var surname = Capitalised(ZipfText.Word(random.Next(1_000, ZipfText.VocabularySize)));
            var given = Capitalised(ZipfText.Word(random.Next(1_000, ZipfText.VocabularySize)));
            article.Contributors.Add(new Contributor { Position = a, Surname = surname, GivenNames = given, DisplayName = given + " " + surname });
        }
        var summary = ZipfText.Sentence(random, 1_500);
        article.Abstracts.Add(new ArticleAbstract { Language = "en", Html = $"<p>{summary}.</p>", Text = summary + "." });
        for (var k = 0; k < 5; k++)
            article.Keywords.Add(new Keyword { Position = k, Language = "en", Value = ZipfText.Word(random.Next(100, 5_000)) });
        article.Fragments.Add(new ArticleFragment { Language = "en", Html = FullText(random, n, random.Next(20_000, 40_000)), RendererVersion = 1 });
    }

    /// <summary>Sections of paragraphs as the renderer writes them, then a reference list (which search leaves out).</summary>
    private static string FullText(Random random, int n, int characters)
    {
        var html = new StringBuilder();
        string[] sections = ["Introduction", "Methods", "Results", "Discussion"];
        for (var s = 0; s < sections.Length; s++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"s{s + 1}\" class=\"sec\"><h2>{sections[s]}</h2>");
            var end = html.Length + (characters / sections.Length);
            while (html.Length < end)
                ZipfText.AppendWords(html.Append("<p>"), random, random.Next(400, 1_200)).Append(".</p>");
            html.Append("</section>");
        }
        html.Append("<section class=\"ref-list\"><h2>References</h2><ol>");
        for (var r = 1; r <= 30; r++)
            html.Append(CultureInfo.InvariantCulture, $"<li id=\"r{r}\">Author{r} A, Other{r} B. {ZipfText.Sentence(random, 80)}. J Clin Stud. {2000 + r % 25};{r}:{r * 10}-{r * 10 + 8}. doi:10.5555/ref.{n}.{r}</li>");
        return html.Append("</ol></section>").ToString();
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
