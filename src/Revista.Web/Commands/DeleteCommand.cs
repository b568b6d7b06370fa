using System.CommandLine;
using Revista.Articles;
using Revista.Oai;

namespace Revista.Web.Commands;

/// <summary>
/// `revista delete ARTICLE-ID [--data DIR]`: withdraws a published article. Its page and exports disappear; OAI-PMH
/// keeps it as a deleted record (deletedRecord "persistent"). Exit 0 / 1 (no such article) / 2 (usage).
/// </summary>
internal static class DeleteCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<int>("ARTICLE-ID") { Description = "The article's number, as in its address /{journal}/articles/{id}." };
        var command = new Command("delete", "Withdraw an article: remove it and leave an OAI-PMH deleted record.");
        command.Arguments.Add(id);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var articleId = parsed.GetValue(id);
            await using var services = await RevistaServices.OpenAsync(parsed.GetValue(RevistaCommandLine.Data)!, cancellationToken);
            await using var db = services.OpenDb();
            var tombstone = await ArticleDeletion.DeleteAsync(db, articleId, TimeProvider.System.GetUtcNow(), cancellationToken);
            if (tombstone is null)
            {
                await error.WriteLineAsync($"revista delete: there is no article {articleId}.");
                return RevistaCommandLine.SomeFailed;
            }
            await output.WriteLineAsync($"deleted: article {articleId} of {tombstone.JournalSlug} (OAI-PMH deleted record, datestamp {OaiDatestamp.Format(tombstone.DeletedAt)})");
            return RevistaCommandLine.Success;
        });
        return command;
    }
}
