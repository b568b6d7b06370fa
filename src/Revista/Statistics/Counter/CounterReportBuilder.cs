using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Revista.Articles;
using Revista.Data;

namespace Revista.Statistics.Counter;

/// <summary>
/// Builds COUNTER R5.1 reports from the processed monthly totals (<see cref="UsageMonth"/>): one grouped query for the
/// usage, then one for the journals (and, for item reports, one for the articles and one for their authors when shown).
/// Usage is only that of customer "anonymous": monthly totals are not yet split by institution.
/// </summary>
public sealed partial class CounterReportBuilder(RevistaDb db, string platform, TimeProvider clock)
{
    public const string AnonymousInstitutionName = "Anonymous users (usage not attributed to an institution)";

    public string Platform { get; } = platform;

    /// <summary>
    /// The namespace of Proprietary ids ("namespace:value", at most 18 letters, digits, _ . /): the platform name's
    /// letters and digits in lower case, or "revista" when that does not make one.
    /// </summary>
    public string IdNamespace { get; } = Namespace(platform);

    public async Task<CounterReport> BuildAsync(CounterRequest request, CancellationToken cancellationToken)
    {
        var rows = Excluded(request) ? [] : request.Report.Level switch
        {
            CounterLevel.Item => await ItemRowsAsync(request, cancellationToken),
            _ => await TitleRowsAsync(request, cancellationToken),
        };
        // The header's Exceptions must be unique (uniqueItems in Base_Report_Header): a value repeated in a request is told once.
        var exceptions = request.Exceptions.Distinct().ToList();
        if (rows.Count == 0)
            exceptions.Add(CounterExceptionRecord.NoUsage($"no usage from {request.Begin:yyyy-MM} to {request.End:yyyy-MM} matches the request."));
        return new CounterReport(request, Platform, AnonymousInstitutionName, IdNamespace, clock.GetUtcNow(), exceptions, rows);
    }

    /// <summary>Filters that exclude all our usage: we serve only Regular access to open or free journal articles.</summary>
    private static bool Excluded(CounterRequest request) =>
        (request.AccessMethods is { } methods && !methods.Contains("Regular"))
        || (request.DataTypes is { } types && !types.Contains(request.Report.DataType))
        || (request.AccessTypes is { } access && !access.Contains("Open") && !access.Contains("Free_To_Read"))
        || (request.MetricTypes is { } metrics && !request.Report.Metrics.Any(metrics.Contains));

    private IQueryable<MonthUsage> Usage(CounterRequest request, int? journalId, int? articleId)
    {
        var query =
            from m in db.UsageMonths
            where m.Month >= request.Begin && m.Month <= request.End
            join a in db.Articles on m.ArticleId equals a.Id
            select new MonthUsage
            {
                ArticleId = m.ArticleId,
                JournalId = m.JournalId,
                Month = m.Month,
                AccessStatus = a.AccessStatus,
                Year = a.PublishedOn.Year,
                TotalItemInvestigations = m.Counts.TotalItemInvestigations,
                TotalItemRequests = m.Counts.TotalItemRequests,
                UniqueItemInvestigations = m.Counts.UniqueItemInvestigations,
                UniqueItemRequests = m.Counts.UniqueItemRequests,
            };
        if (journalId is { } journal)
            query = query.Where(u => u.JournalId == journal);
        if (articleId is { } article)
            query = query.Where(u => u.ArticleId == article);
        if (request.AccessTypes is { } access)
        {
            var statuses = AccessStatuses(access);
            query = query.Where(u => statuses.Contains(u.AccessStatus));
        }
        return query;
    }

    private async Task<List<CounterRow>> TitleRowsAsync(CounterRequest request, CancellationToken cancellationToken)
    {
        var journalId = await JournalFilterAsync(request, cancellationToken);
        if (journalId == NoMatch)
            return [];
        var platformLevel = request.Report.Level == CounterLevel.Platform;
        // The journal-month rollup (UsageTitleMonth), not the article months: its size does not grow with the journal.
        var months = db.UsageTitleMonths.Where(t => t.Month >= request.Begin && t.Month <= request.End);
        if (journalId is { } journal)
            months = months.Where(t => t.JournalId == journal);
        if (request.AccessTypes is { } access)
        {
            var statuses = AccessStatuses(access);
            months = months.Where(t => statuses.Contains(t.AccessStatus));
        }
        var grouped = await months
            .GroupBy(t => new { JournalId = platformLevel ? 0 : t.JournalId, t.Month, t.AccessStatus, t.Year })
            .Select(g => new MonthUsage
            {
                JournalId = g.Key.JournalId,
                Month = g.Key.Month,
                AccessStatus = g.Key.AccessStatus,
                Year = g.Key.Year,
                TotalItemInvestigations = g.Sum(t => t.Counts.TotalItemInvestigations),
                TotalItemRequests = g.Sum(t => t.Counts.TotalItemRequests),
                UniqueItemInvestigations = g.Sum(t => t.Counts.UniqueItemInvestigations),
                UniqueItemRequests = g.Sum(t => t.Counts.UniqueItemRequests),
            })
            .ToListAsync(cancellationToken);
        grouped = [.. grouped.Where(u => InYops(request, u.Year))];
        var titles = platformLevel ? [] : await TitlesAsync([.. grouped.Select(u => u.JournalId).Distinct()], cancellationToken);
        return [.. Rows(request, grouped, u => platformLevel ? null : (object)u.JournalId, u => null, u => platformLevel ? null : titles[u.JournalId])
            .OrderBy(r => r.Title?.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Title?.JournalId)];
    }

    private async Task<List<CounterRow>> ItemRowsAsync(CounterRequest request, CancellationToken cancellationToken)
    {
        var journalId = await JournalFilterAsync(request with { ItemId = null }, cancellationToken);
        var articleId = await ArticleFilterAsync(request, cancellationToken);
        if (journalId == NoMatch || articleId == NoMatch)
            return [];
        var usage = await Usage(request, journalId, articleId).ToListAsync(cancellationToken);
        usage = [.. usage.Where(u => InYops(request, u.Year))];
        var ids = usage.Select(u => u.ArticleId).Distinct().ToList();
        var articles = new Dictionary<int, (int Id, string Title, string? Doi, DateOnly PublishedOn, int JournalId)>();
        // In chunks: a journal's item report can name 100,000 articles, far past the parameters a statement may have.
        foreach (var chunk in ids.Chunk(IdsPerQuery))
        {
            foreach (var a in await db.Articles.Where(a => chunk.Contains(a.Id)).Select(a => new { a.Id, a.Title, a.Doi, a.PublishedOn, a.JournalId }).ToListAsync(cancellationToken))
                articles[a.Id] = (a.Id, a.Title, a.Doi, a.PublishedOn, a.JournalId);
        }
        var titles = await TitlesAsync([.. articles.Values.Select(a => a.JournalId).Distinct()], cancellationToken);
        var authors = request.Shows("Authors") ? await AuthorsAsync(ids, cancellationToken) : [];
        var items = articles.Values.ToDictionary(a => a.Id, a => new CounterItem(
            a.Id, a.Title, ValidDoi(a.Doi), IdNamespace + ":" + a.Id, a.PublishedOn, authors.GetValueOrDefault(a.Id) ?? [], titles[a.JournalId]));
        return [.. Rows(request, usage, u => u.ArticleId, u => items[u.ArticleId], u => null)
            .OrderBy(r => r.Item!.Parent.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Item!.Parent.JournalId)
            .ThenBy(r => r.Item!.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Item!.ArticleId)];
    }

    /// <summary>Sums the usage into one row per subject and shown attribute values, dropping metrics and rows with no usage.</summary>
    private static IEnumerable<CounterRow> Rows(
        CounterRequest request, List<MonthUsage> usage, Func<MonthUsage, object?> subject, Func<MonthUsage, CounterItem?> item, Func<MonthUsage, CounterTitle?> title)
    {
        var report = request.Report;
        var metrics = report.Metrics.Where(m => request.MetricTypes is null || request.MetricTypes.Contains(m)).ToList();
        var columns = request.Totals ? 1 : request.Months.Count;
        var showDataType = request.Shows("Data_Type");
        var showYop = request.Shows("YOP");
        var showAccessType = request.Shows("Access_Type");
        var showAccessMethod = request.Shows("Access_Method");
        foreach (var group in usage.GroupBy(u => (subject(u), showYop ? u.Year : 0, showAccessType ? u.AccessStatus : "")))
        {
            var counts = metrics.Select(_ => new long[columns]).ToArray();
            foreach (var u in group)
            {
                var column = request.Totals ? 0 : (u.Month.Year - request.Begin.Year) * 12 + u.Month.Month - request.Begin.Month;
                for (var i = 0; i < metrics.Count; i++)
                    counts[i][column] += u.Metric(metrics[i]);
            }
            var kept = metrics.Select((m, i) => (m, counts[i])).Where(pair => pair.Item2.Any(c => c > 0)).ToList();
            if (kept.Count == 0)
                continue;
            var first = group.First();
            yield return new CounterRow
            {
                Title = title(first),
                Item = item(first),
                DataType = showDataType ? report.DataType : null,
                Yop = showYop ? first.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : null,
                AccessType = showAccessType ? AccessType(first.AccessStatus) : null,
                AccessMethod = showAccessMethod ? "Regular" : null,
                Metrics = kept,
            };
        }
    }

    private const int NoMatch = -1;
    private const int IdsPerQuery = 500;

    /// <summary>The journal the report is restricted to (by --journal, or by item_id in the Title Report), null for all, <see cref="NoMatch"/> when none matches.</summary>
    private async Task<int?> JournalFilterAsync(CounterRequest request, CancellationToken cancellationToken)
    {
        int? journalId = null;
        if (request.JournalSlug is { } slug)
            journalId = await db.Journals.Where(j => j.Slug == slug).Select(j => (int?)j.Id).FirstOrDefaultAsync(cancellationToken) ?? NoMatch;
        if (request.ItemId is { } itemId && request.Report.Level == CounterLevel.Title)
        {
            var issn = itemId.ToUpperInvariant();
            var slugOfId = itemId.StartsWith(IdNamespace + ":", StringComparison.Ordinal) ? itemId[(IdNamespace.Length + 1)..] : null;
            var matched = await db.Journals
                .Where(j => j.PrintIssn == issn || j.ElectronicIssn == issn || j.Slug == slugOfId)
                .Select(j => (int?)j.Id).FirstOrDefaultAsync(cancellationToken) ?? NoMatch;
            journalId = journalId is null || journalId == matched ? matched : NoMatch;
        }
        return journalId;
    }

    /// <summary>The article item_id names in the Item Report: its DOI or its Proprietary id.</summary>
    private async Task<int?> ArticleFilterAsync(CounterRequest request, CancellationToken cancellationToken)
    {
        if (request.ItemId is not { } itemId)
            return null;
        if (itemId.StartsWith(IdNamespace + ":", StringComparison.Ordinal)
            && int.TryParse(itemId[(IdNamespace.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var id))
            return id;
        var doiKey = itemId.ToLowerInvariant();
        return await db.Articles.Where(a => a.DoiKey == doiKey).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken) ?? NoMatch;
    }

    private async Task<Dictionary<int, CounterTitle>> TitlesAsync(List<int> journalIds, CancellationToken cancellationToken) =>
        await db.Journals.Where(j => journalIds.Contains(j.Id))
            .Select(j => new { j.Id, j.Slug, j.Title, j.Publisher, j.PrintIssn, j.ElectronicIssn })
            .ToDictionaryAsync(j => j.Id, j => new CounterTitle(j.Id, j.Title, j.Publisher ?? "", ValidIssn(j.PrintIssn), ValidIssn(j.ElectronicIssn), IdNamespace + ":" + j.Slug), cancellationToken);

    /// <summary>The first three authors in published order: the Authors element allows at most three (SUSHI schema Authors).</summary>
    private async Task<Dictionary<int, List<CounterAuthor>>> AuthorsAsync(List<int> articleIds, CancellationToken cancellationToken)
    {
        var contributors = new List<(int ArticleId, string DisplayName, string? Collab, string? Orcid)>();
        foreach (var chunk in articleIds.Chunk(IdsPerQuery))
        {
            contributors.AddRange((await db.Contributors
                .Where(c => chunk.Contains(c.ArticleId) && c.ContribType == Contributor.Author && c.SubArticleId == null)
                .OrderBy(c => c.ArticleId).ThenBy(c => c.Position)
                .Select(c => new { c.ArticleId, c.DisplayName, c.Collab, c.Orcid })
                .ToListAsync(cancellationToken)).Select(c => (c.ArticleId, c.DisplayName, c.Collab, c.Orcid)));
        }
        return contributors
            .Select(c => (c.ArticleId, Name: string.IsNullOrWhiteSpace(c.DisplayName) ? c.Collab ?? "" : c.DisplayName, c.Orcid))
            .Where(c => c.Name.Trim().Length >= 2)
            .GroupBy(c => c.ArticleId)
            .ToDictionary(g => g.Key, g => g.Select(c => new CounterAuthor(c.Name.Trim(), OrcidId(c.Orcid))).Distinct().Take(3).ToList());
    }

    private static bool InYops(CounterRequest request, int year) =>
        request.Yops is not { } ranges || ranges.Any(r => year >= r.From && year <= r.To);

    /// <summary>Article.AccessStatus in COUNTER's Access_Type (R5.1 §3.3.5): a Creative Commons licence is Open, free without one is Free_To_Read.</summary>
    public static string AccessType(string accessStatus) => accessStatus == Article.OpenAccess ? "Open" : "Free_To_Read";

    private static List<string> AccessStatuses(IReadOnlyList<string> accessTypes) =>
        [.. accessTypes.Contains("Open") ? [Article.OpenAccess] : Array.Empty<string>(), .. accessTypes.Contains("Free_To_Read") ? [Article.FreeAccess] : Array.Empty<string>()];

    private static string Namespace(string platform)
    {
        var letters = new string([.. platform.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(18)]);
        return letters.Length >= 2 && char.IsAsciiLetter(letters[0]) ? letters : "revista";
    }

    // The SUSHI schema's patterns for Item_ID: a value that does not fit (an odd legacy DOI) is left out rather than
    // making the whole report invalid.
    private static string? ValidDoi(string? doi) => doi is not null && DoiPattern().IsMatch(doi) ? doi : null;

    private static string? ValidIssn(string? issn) => issn is not null && IssnPattern().IsMatch(issn) ? issn : null;

    private static string? OrcidId(string? orcid) => orcid is null ? null : OrcidPattern().Match(orcid) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"^10\.[1-9][0-9]{3}[0-9.]*/.+$")]
    private static partial Regex DoiPattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{3}[0-9X]$")]
    private static partial Regex IssnPattern();

    [GeneratedRegex("[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$")]
    private static partial Regex OrcidPattern();

    private sealed class MonthUsage
    {
        public int ArticleId { get; init; }
        public int JournalId { get; init; }
        public DateOnly Month { get; init; }
        public string AccessStatus { get; init; } = "";
        public int Year { get; init; }
        public long TotalItemInvestigations { get; init; }
        public long TotalItemRequests { get; init; }
        public long UniqueItemInvestigations { get; init; }
        public long UniqueItemRequests { get; init; }

        public long Metric(string metric) => metric switch
        {
            CounterReportDefinition.TotalItemInvestigations => TotalItemInvestigations,
            CounterReportDefinition.TotalItemRequests => TotalItemRequests,
            CounterReportDefinition.UniqueItemInvestigations => UniqueItemInvestigations,
            _ => UniqueItemRequests,
        };
    }
}
