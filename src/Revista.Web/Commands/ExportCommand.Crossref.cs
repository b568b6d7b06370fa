using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Crossref;

namespace Revista.Web.Commands;

// `revista export crossref`: one doi_batch (Crossref schema 5.4.0) for the selected articles.
internal static partial class ExportCommand
{
    private static Command CrossrefCommand(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var email = new Option<string?>("--email") { Description = "The depositor's e-mail address (head/depositor/email_address: Crossref mails the submission log there). Required." };
        var depositor = new Option<string?>("--depositor") { Description = "The depositor's name (default: the first article's journal publisher, else its title)." };
        var registrant = new Option<string?>("--registrant") { Description = "The organisation that owns the DOIs (default: as --depositor)." };
        var command = new Command("crossref", "A Crossref deposit (schema 5.4.0) registering the articles' DOIs; articles without a DOI are left out and named on stderr.");
        command.Options.Add(email);
        command.Options.Add(depositor);
        command.Options.Add(registrant);
        command.SetAction((parsed, cancellationToken) => RunAsync(parsed, "crossref", output, error, clock,
            (context, articles, ct) => WriteDepositAsync(context, articles, parsed.GetValue(email)!.Trim(), parsed.GetValue(depositor), parsed.GetValue(registrant), ct),
            cancellationToken,
            () => parsed.GetValue(BaseUrl) is null
                ? "--base-url is required: each DOI must resolve to the article's page (doi_data/resource), e.g. --base-url https://journals.example.org."
                : parsed.GetValue(email)?.Trim() is not { Length: >= 6 and <= 200 } address || !address.Contains('@', StringComparison.Ordinal)
                    ? "--email is required (6–200 characters, an e-mail address): Crossref sends the deposit's log there."
                    : null));
        return command;
    }

    private static async Task<int> WriteDepositAsync(
        ExportContext context, IQueryable<Article> articles, string email, string? depositorName, string? registrantName, CancellationToken cancellationToken)
    {
        var journal = await articles.Select(a => new { a.Journal!.Publisher, a.Journal.Title }).FirstOrDefaultAsync(cancellationToken);
        if (journal is null)
            return await NothingAsync(context);
        var name = Named(depositorName) ?? Named(journal.Publisher) ?? journal.Title;
        var deposit = new CrossrefDeposit(new CrossrefDepositor(name, email, Named(registrantName) ?? name), context.Clock.GetUtcNow());
        await foreach (var work in CrossrefWorks.ReadAsync(context.Db, articles, (article, language) => PageUrl(context, article, language)!, cancellationToken))
            deposit.Add(work);
        foreach (var problem in deposit.Problems)
            await context.Error.WriteLineAsync("revista export crossref: " + problem);
        if (deposit.RecordCount == 0)
        {
            await context.Error.WriteLineAsync("revista export crossref: no article with a DOI to register; nothing written.");
            return RevistaCommandLine.SomeFailed;
        }
        await WriteTextAsync(context, deposit.ToXml(), cancellationToken);
        return RevistaCommandLine.Success;
    }

    private static string? Named(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
