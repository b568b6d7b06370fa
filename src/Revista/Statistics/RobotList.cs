using System.Text.Json;
using System.Text.RegularExpressions;

namespace Revista.Statistics;

/// <summary>
/// User agents that are robots and crawlers, whose usage COUNTER excludes (R5.1 §7.8, Appendix H): the COUNTER robots
/// list's patterns, matched case-insensitively as the list's README advises. All patterns are compiled once into one
/// alternation, matched once per agent. A match is bounded by a timeout (and agents by
/// <see cref="UsageAgent.MaxLength"/>), so a hostile agent string or a careless pattern cannot hang processing; an
/// agent that takes that long is no browser's and counts as a robot. (The non-backtracking engine was tried: the
/// list's alternation exceeds its automaton size limit, and one automaton per pattern is slower to build and match.)
/// </summary>
public sealed class RobotList
{
    /// <summary>Where the COUNTER list is published (https://github.com/atmire/COUNTER-Robots).</summary>
    public const string OfficialUrl = "https://raw.githubusercontent.com/atmire/COUNTER-Robots/master/COUNTER_Robots_list.json";

    /// <summary>What <c>revista stats robots update</c> says when no list has been loaded yet.</summary>
    public const string HowToLoad = "run 'revista stats robots update' to load the COUNTER robots list (" + OfficialUrl + ")";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    // Our own few generic tokens, used only until the COUNTER list is loaded: the words nearly every crawler's agent
    // carries, plus the empty agent and common HTTP libraries.
    private static readonly string[] FallbackPatterns =
        ["bot", "crawl", "spider", "slurp", "archiver", "indexer", "scrape", "^$", "^curl/", "^wget", "python-requests", "^java/", "headless"];

    private readonly Regex _combined;

    private RobotList(IReadOnlyList<string> patterns, string source, DateTimeOffset? loadedAt)
    {
        Patterns = patterns;
        Source = source;
        LoadedAt = loadedAt;
        _combined = new Regex(string.Join('|', patterns.Select(p => "(?:" + p + ")")), Options, Timeout);
    }

    public IReadOnlyList<string> Patterns { get; }

    /// <summary>Where the list came from: a URL, a file, or "built-in" for the fallback.</summary>
    public string Source { get; }

    /// <summary>When the list was loaded into the database; null for the built-in fallback.</summary>
    public DateTimeOffset? LoadedAt { get; }

    public bool IsFallback => LoadedAt is null;

    public static RobotList Fallback { get; } = new(FallbackPatterns, "built-in", null);

    /// <summary>The list stored in the database, already validated when it was loaded.</summary>
    public static RobotList FromStored(UsageRobotList stored) =>
        new(JsonSerializer.Deserialize<string[]>(stored.Patterns) ?? [], stored.Source, stored.LoadedAt);

    /// <summary>
    /// Reads a list in the COUNTER format (a JSON array of objects with a "pattern" string, other fields ignored) and
    /// checks every pattern. Throws <see cref="RobotListException"/> naming the entry that is wrong.
    /// </summary>
    public static string[] Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new RobotListException($"{source} is not valid JSON ({e.Message}). Expected the COUNTER robots list: an array of {{\"pattern\": \"…\"}} objects.");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new RobotListException($"{source}: expected a JSON array of {{\"pattern\": \"…\"}} objects (the COUNTER robots list), found {document.RootElement.ValueKind}.");
            var patterns = new List<string>();
            var index = 0;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("pattern", out var value) || value.ValueKind != JsonValueKind.String
                    || value.GetString() is not { Length: > 0 } pattern)
                {
                    throw new RobotListException($"{source}: entry {index} has no \"pattern\" string; every entry of the COUNTER robots list needs one.");
                }
                try
                {
                    _ = new Regex(pattern, Options, Timeout);
                }
                catch (ArgumentException e)
                {
                    throw new RobotListException($"{source}: entry {index}, pattern \"{pattern}\", is not a valid regular expression ({e.Message}).");
                }
                patterns.Add(pattern);
                index++;
            }
            if (patterns.Count == 0)
                throw new RobotListException($"{source}: the list is empty; refusing to count every robot as a reader.");
            return [.. patterns];
        }
    }

    /// <summary>Whether the user agent is a robot's. An agent the patterns take too long over counts as one: no browser sends such a string.</summary>
    public bool IsRobot(string userAgent)
    {
        try
        {
            return _combined.IsMatch(userAgent);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }
}

/// <summary>A robots list that cannot be used; the message says which entry and why.</summary>
public sealed class RobotListException(string message) : Exception(message);
