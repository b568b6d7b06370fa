using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Revista.Search;

/// <summary>
/// The Lucene index of one node (DESIGN.md "Search"), in the data folder: one writer, fed only by
/// <see cref="SearchIndexer"/>, and near-real-time searchers that see each batch as soon as it is applied. The index
/// commit records how far into the database's outbox it has read, so a restart goes on where it stopped.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string FolderName = "search";
    private const string PositionKey = "outbox-position";
    private const string SyncedKey = "synced";

    private readonly string _path;
    private readonly SearchAnalyzer _analyzer = new();
    private readonly System.Threading.Lock _gate = new();
    private FileStream? _processLock;
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;

    public SearchIndex(string path) => _path = path;

    public string Path => _path;

    /// <summary>Open and built at least once: until then a search would wrongly find nothing.</summary>
    public bool IsReady => _searchers is not null && _built;

    private bool _built;

    /// <summary>The last outbox row the committed index includes; null when the index must be built from the articles.</summary>
    internal long? Position { get; private set; }

    /// <summary>When the committed index last caught up with the outbox.</summary>
    internal DateTimeOffset? Synced { get; private set; }

    /// <summary>Opens (or creates) the index and takes its write lock.</summary>
    /// <exception cref="SearchIndexUnavailableException">Another process holds the index.</exception>
    internal void Open()
    {
        lock (_gate)
        {
            if (_writer is not null)
                return;
            System.IO.Directory.CreateDirectory(_path);
            _processLock = TakeProcessLock();
            var directory = FSDirectory.Open(new DirectoryInfo(_path));
            try
            {
                var config = new IndexWriterConfig(SearchAnalyzer.Version, _analyzer)
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    Similarity = new BM25Similarity(),
                };
                _writer = new IndexWriter(directory, config);
            }
            catch (LockObtainFailedException e)
            {
                directory.Dispose();
                _processLock.Dispose();
                _processLock = null;
                throw InUse(e);
            }
            _directory = directory;
            var data = _writer.CommitData;
            Position = data.TryGetValue(PositionKey, out var position) && long.TryParse(position, CultureInfo.InvariantCulture, out var value) ? value : null;
            Synced = data.TryGetValue(SyncedKey, out var synced) && DateTimeOffset.TryParse(synced, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
            _built = Position is not null;
            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        }
    }

    /// <summary>
    /// Lucene.NET's own lock keeps a second writer out within a process, but on Linux it did not keep out a second
    /// process (a `revista reindex` beside a running server wrote to the same index). An open file that shares nothing
    /// does: .NET takes an exclusive advisory lock on it, and the system lets it go when the process ends, even killed.
    /// </summary>
    private FileStream TakeProcessLock()
    {
        try
        {
            return new FileStream(System.IO.Path.Combine(_path, "revista.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw InUse(e);
        }
    }

    private SearchIndexUnavailableException InUse(Exception cause) => new(
        $"The search index in {_path} is in use by another process (a running `revista serve` or `revista reindex` "
        + "on the same data folder). Stop that process, or give this one its own --data folder.", cause);

    /// <summary>Replaces the documents of <paramref name="upserts"/>, removes <paramref name="deletes"/>, and commits at <paramref name="position"/>.</summary>
    internal void Apply(IEnumerable<SearchDocument> upserts, IEnumerable<int> deletes, long position, DateTimeOffset now)
    {
        var writer = Writer();
        foreach (var document in upserts)
            writer.UpdateDocument(IdTerm(document.ArticleId), document.ToLucene());
        foreach (var articleId in deletes)
            writer.DeleteDocuments(IdTerm(articleId));
        Commit(position, now);
    }

    /// <summary>Starts a rebuild: everything is removed, and nothing of it is visible until <see cref="Apply"/> commits.</summary>
    internal void Clear()
    {
        var writer = Writer();
        writer.DeleteAll();
        // Should anything commit before the rebuild ends (disposing the writer does), the commit must say "not built".
        writer.SetCommitData(new Dictionary<string, string>());
        Position = null;
    }

    /// <summary>Adds documents to a rebuild, uncommitted: searches keep the old index until the rebuild commits.</summary>
    internal void Add(IEnumerable<SearchDocument> documents)
    {
        var writer = Writer();
        foreach (var document in documents)
            writer.AddDocument(document.ToLucene());
    }

    private void Commit(long position, DateTimeOffset now)
    {
        var writer = Writer();
        writer.SetCommitData(new Dictionary<string, string>
        {
            [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
            [SyncedKey] = now.ToString("O", CultureInfo.InvariantCulture),
        });
        writer.Commit();
        Position = position;
        Synced = now;
        _built = true;
        _searchers!.MaybeRefreshBlocking();
    }

    /// <summary>The published articles matching <paramref name="query"/> on <paramref name="today"/>, one page of them.</summary>
    /// <exception cref="SearchQueryException">The query has a <see cref="SearchQuery.Problem"/>, or expands to too many terms.</exception>
    public SearchResults Search(SearchQuery query, DateOnly today)
    {
        if (query.Problem() is { } problem)
            throw new SearchQueryException(problem);
        var searchers = IsReady ? _searchers! : throw new SearchIndexUnavailableException("The search index is being built; try again in a minute.");
        var words = SearchQueryParser.Parse(query.Text, _analyzer);
        if (words is null)
            return SearchResults.Empty;
        var searcher = searchers.Acquire();
        try
        {
            var wanted = query.Page * query.Size;
            var filter = new QueryWrapperFilter(Filters(query, today));
            TopDocs top;
            try
            {
                top = query.Order == SearchOrder.Newest
                    ? searcher.Search(words, filter, wanted, NewestFirst)
                    : searcher.Search(words, filter, wanted);
            }
            catch (BooleanQuery.TooManyClausesException e)
            {
                throw new SearchQueryException("The search expands to too many terms; use fewer words with *, ? or ~.", e);
            }
            var ids = top.ScoreDocs.Skip((query.Page - 1) * query.Size)
                .Select(hit => int.Parse(searcher.Doc(hit.Doc).Get(SearchFields.Id), CultureInfo.InvariantCulture))
                .ToList();
            return new SearchResults(top.TotalHits, ids, new SearchSnippets(words, _analyzer));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static readonly Sort NewestFirst = new(
        new SortField(SearchFields.PublishedOrder, SortFieldType.INT64, reverse: true),
        new SortField(SearchFields.IdOrder, SortFieldType.INT64, reverse: true));

    private static BooleanQuery Filters(SearchQuery query, DateOnly today)
    {
        var from = query.FromYear is { } fromYear ? Math.Clamp(fromYear, 1, 9999) * 10000 : (int?)null;
        var until = SearchDocument.DateNumber(today);
        if (query.ToYear is { } toYear)
            until = Math.Min(until, (Math.Clamp(toYear, 1, 9999) * 10000) + 1231);
        var filters = new BooleanQuery
        {
            { NumericRangeQuery.NewInt32Range(SearchFields.Published, from, until, true, true), Occur.MUST },
        };
        if (query.JournalSlug is { } slug)
            filters.Add(new TermQuery(new Term(SearchFields.Journal, slug)), Occur.MUST);
        return filters;
    }

    private static Term IdTerm(int articleId) => new(SearchFields.Id, articleId.ToString(CultureInfo.InvariantCulture));

    private IndexWriter Writer() => _writer ?? throw new InvalidOperationException("The search index is not open.");

    public void Dispose()
    {
        lock (_gate)
        {
            _searchers?.Dispose();
            _writer?.Dispose();
            _directory?.Dispose();
            _processLock?.Dispose();
            _processLock = null;
            _searchers = null;
            _writer = null;
            _directory = null;
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}

/// <summary>A search that cannot run as asked; the message tells the reader what to change.</summary>
public sealed class SearchQueryException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The search index cannot be used now (held by another process, or not opened yet); the message says what to do.</summary>
public sealed class SearchIndexUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
