using System.Net;
using Microsoft.EntityFrameworkCore;
using static Revista.Tests.Web.Articles.ArticlePageTests;

namespace Revista.Tests.Web.Articles;

/// <summary>The health-professional question of medical journals: content behind it, metadata never, crawlers never redirected.</summary>
public sealed class HealthGateTests
{
    private static Task<RunningSite> GatedDemoAsync() =>
        RunningSite.StartAsync(
            [RunningSite.Sample("case-report.zip")],
            db => db.Journals.ExecuteUpdateAsync(j => j.SetProperty(x => x.HealthProfessionalGate, true), TestContext.Current.CancellationToken));

    [Fact]
    public async Task A_gated_article_asks_the_question_instead_of_the_full_text_and_keeps_its_metadata()
    {
        await using var site = await GatedDemoAsync();

        var page = await OpenArticleAsync(site, "Crowned Dens Syndrome");

        Assert.Equal("Are you a health professional able to prescribe or dispense drugs?", Text(page.QuerySelector(".health-gate .gate-question")));
        Assert.Empty(page.QuerySelectorAll("#full-text figure"));
        Assert.Empty(page.QuerySelectorAll("#full-text .ref-list"));
        Assert.StartsWith("Crowned Dens Syndrome", Text(page.QuerySelector("h1")), StringComparison.Ordinal);
        Assert.Equal(5, page.QuerySelectorAll(".authors > li").Length);
        Assert.StartsWith("Crowned dens syndrome is an acute form", Text(page.QuerySelector("#abstract .abstract")), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".cite-as .citation"));
        Assert.StartsWith("Crowned Dens Syndrome", page.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal(5, page.QuerySelectorAll("meta[name=citation_author]").Length);
    }

    [Fact]
    public async Task Answering_yes_remembers_the_answer_for_a_year_and_shows_the_full_text()
    {
        await using var site = await GatedDemoAsync();
        var cookies = new CookieContainer();
        using var client = site.Client(cookies);
        var page = await OpenArticleAsync(site, "Crowned Dens Syndrome");
        var form = page.QuerySelector(".health-gate form")!;
        var back = form.QuerySelector("input[name=return]")!.GetAttribute("value")!;

        using var answer = await client.PostAsync(
            form.GetAttribute("action"),
            new FormUrlEncodedContent([new("return", back)]),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(back, answer.Headers.Location!.OriginalString);
        var setCookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"));
        Assert.Contains("max-age=31536000", setCookie, StringComparison.OrdinalIgnoreCase);
        var (_, unlocked) = await site.GetPageAsync(back, client);
        Assert.Null(unlocked.QuerySelector(".health-gate"));
        Assert.Equal(2, unlocked.QuerySelectorAll("#full-text figure.fig").Length);
    }

    [Fact]
    public async Task Answering_no_leads_back_to_the_journal_home()
    {
        await using var site = await GatedDemoAsync();

        var page = await OpenArticleAsync(site, "Crowned Dens Syndrome");

        var no = page.QuerySelector(".health-gate a.button")!;
        Assert.Equal("No", Text(no));
        Assert.Equal(page.QuerySelector(".journal-line a")!.GetAttribute("href"), no.GetAttribute("href"));
    }

    [Fact]
    public async Task The_answer_only_returns_to_a_page_of_this_site()
    {
        await using var site = await GatedDemoAsync();
        using var client = site.Client();

        using var answer = await client.PostAsync(
            "/health-professional",
            new FormUrlEncodedContent([new("return", "//evil.example/")]),
            TestContext.Current.CancellationToken);

        Assert.Equal("/", answer.Headers.Location!.OriginalString);
    }
}
