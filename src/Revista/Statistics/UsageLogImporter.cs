using Microsoft.EntityFrameworkCore;
using Revista.Data;

namespace Revista.Statistics;

/// <summary>
/// Imports a web-server access log (combined log format, plain or gzip) as usage events with their original times,
/// through <see cref="UsageRecorder"/> like the live capture, so the same COUNTER processing counts them. A log is
/// imported once (known by the SHA-256 of its content) and all or nothing: its events, agents, salts and its
/// <see cref="UsageLogImport"/> row are written in one transaction, so a failure or a crash half-way leaves nothing
/// of it, and running the command again imports it whole. Robots are not filtered here but at processing (§7.8).
/// </summary>
public sealed class UsageLogImporter(Func<RevistaDb> openDb, TimeProvider clock)
{
    public const int BadLinesShown = 5;

    /// <summary>Log lines read, mapped and saved at a time: lookups are shared and saves batched within it.</summary>
    public int BatchSize { get; init; } = 5_000;

    public async Task<UsageLogImportResult> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        string sha256;
        try
        {
            sha256 = await AccessLogFile.HashAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Failed(path, $"cannot read it: {e.Message}");
        }

        await using var db = openDb();
        var earlier = await db.UsageLogImports.AsNoTracking().FirstOrDefaultAsync(i => i.Sha256 == sha256, cancellationToken);
        if (earlier is not null)
        {
            return new UsageLogImportResult(path, UsageLogImportOutcome.AlreadyImported)
            {
                ImportId = earlier.Id,
                EarlierFileName = earlier.FileName,
                EarlierImportedAt = earlier.ImportedAt,
            };
        }

        var run = new Run(path);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var import = new UsageLogImport
            {
                Sha256 = sha256,
                FileName = name.Length <= UsageLogImport.FileNameLength ? name : name[..UsageLogImport.FileNameLength],
                ImportedAt = clock.GetUtcNow(),
            };
            db.UsageLogImports.Add(import);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            // A recorder of its own: the agents and salts it creates belong to this transaction, and must not be
            // remembered by anyone else if it rolls back.
            var recorder = new UsageRecorder();
            var targets = new UsageLogTargets();
            var batch = new List<UsageLogRequest>(BatchSize);
            await foreach (var (number, text) in AccessLogFile.ReadLinesAsync(path, cancellationToken))
            {
                run.Lines = number;
                if (!AccessLogLine.TryParse(text, out var line, out var problem))
                {
                    run.Bad(number, problem);
                    continue;
                }
                run.Saw(line.Time);
                batch.Add(UsageLogRequest.Read(line));
                if (batch.Count >= BatchSize)
                    await SaveAsync(db, recorder, targets, batch, import.Id, run, cancellationToken);
            }
            await SaveAsync(db, recorder, targets, batch, import.Id, run, cancellationToken);

            import.Lines = run.Lines;
            import.Investigations = run.Investigations;
            import.Requests = run.Requests;
            import.Skipped = run.Skipped.Values.Sum();
            import.BadLines = run.BadLines;
            import.FirstLineAt = run.First;
            import.LastLineAt = run.Last;
            db.UsageLogImports.Update(import);
            await db.SaveChangesAsync(cancellationToken);
            var overlapping = await OverlappingAsync(db, import, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return run.Result(UsageLogImportOutcome.Imported) with { ImportId = import.Id, OverlappingFiles = overlapping };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return Failed(path, Describe(e, run));
        }
    }

    private static async Task SaveAsync(RevistaDb db, UsageRecorder recorder, UsageLogTargets targets, List<UsageLogRequest> batch, int importId, Run run, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
            return;
        await targets.ResolveAsync(db, batch, cancellationToken);
        var hits = new List<UsageHit>(batch.Count);
        foreach (var request in batch)
        {
            if (targets.Map(request, out var skip) is not { } use)
            {
                run.Skip(skip);
                continue;
            }
            var line = request.Line;
            hits.Add(new UsageHit(line.Time, use.ArticleId, use.Activity, use.Format, request.Path, line.ClientAddress, line.UserAgent, importId));
            run.Counted(use.Activity, line.Time);
        }
        await recorder.SaveAsync(db, hits, cancellationToken);
        batch.Clear();
    }

    private static async Task<IReadOnlyList<string>> OverlappingAsync(RevistaDb db, UsageLogImport import, CancellationToken cancellationToken)
    {
        if (import.FirstLineAt is not { } first || import.LastLineAt is not { } last)
            return [];
        return await db.UsageLogImports.AsNoTracking()
            .Where(i => i.Id != import.Id && i.FirstLineAt <= last && i.LastLineAt >= first)
            .OrderBy(i => i.Id)
            .Select(i => i.FileName)
            .Take(5)
            .ToListAsync(cancellationToken);
    }

    private static string Describe(Exception e, Run run)
    {
        var message = e.InnerException is { } inner && e is DbUpdateException ? inner.Message : e.Message;
        return $"{message} (after line {run.Lines}); nothing of it was stored";
    }

    private static UsageLogImportResult Failed(string path, string error) =>
        new(path, UsageLogImportOutcome.Failed) { Error = error };

    /// <summary>The counts of one file's import as it goes.</summary>
    private sealed class Run(string path)
    {
        private readonly List<BadLogLine> _firstBad = [];
        private readonly SortedSet<DateOnly> _days = [];

        public long Lines { get; set; }
        public int Investigations { get; private set; }
        public int Requests { get; private set; }
        public long BadLines { get; private set; }
        public Dictionary<UsageLogSkip, long> Skipped { get; } = [];
        public DateTimeOffset? First { get; private set; }
        public DateTimeOffset? Last { get; private set; }

        public void Bad(long number, string problem)
        {
            BadLines++;
            if (_firstBad.Count < BadLinesShown)
                _firstBad.Add(new BadLogLine(number, problem));
        }

        public void Saw(DateTimeOffset time)
        {
            if (First is null || time < First)
                First = time;
            if (Last is null || time > Last)
                Last = time;
        }

        public void Skip(UsageLogSkip reason) => Skipped[reason] = Skipped.GetValueOrDefault(reason) + 1;

        public void Counted(UsageActivity activity, DateTimeOffset time)
        {
            if (activity == UsageActivity.Request)
                Requests++;
            else
                Investigations++;
            _days.Add(DateOnly.FromDateTime(time.UtcDateTime));
        }

        public UsageLogImportResult Result(UsageLogImportOutcome outcome) => new(path, outcome)
        {
            Lines = Lines,
            Investigations = Investigations,
            Requests = Requests,
            Skipped = Skipped,
            BadLines = BadLines,
            FirstBadLines = _firstBad,
            Days = [.. _days],
        };
    }
}
