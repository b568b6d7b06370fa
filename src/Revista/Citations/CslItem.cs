using System.Globalization;
using System.Text.Json;

namespace Revista.Citations;

/// <summary>One CSL-JSON item: its id, type, and its ordinary, name and date variables (CSL 1.0.2 Appendix IV).</summary>
public sealed partial class CslItem
{
    /// <summary>Largest accepted CSL-JSON input; a reference list of thousands of items stays far below it.</summary>
    public const int MaxJsonChars = 32 * 1024 * 1024;

    private static readonly HashSet<string> NameVariables = new(StringComparer.Ordinal)
    {
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host", "illustrator",
        "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
        "script-writer", "series-creator", "translator",
    };

    private static readonly HashSet<string> DateVariables = new(StringComparer.Ordinal)
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    };

    // Zotero/citeproc-js spellings still found in CSL-JSON exports.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["shortTitle"] = "title-short",
        ["journalAbbreviation"] = "container-title-short",
    };

    public CslItem(string id, string type, IReadOnlyDictionary<string, string> variables,
        IReadOnlyDictionary<string, IReadOnlyList<CslName>> names, IReadOnlyDictionary<string, CslDate> dates)
    {
        Id = id;
        Type = type;
        Variables = variables;
        Names = names;
        Dates = dates;
    }

    public string Id { get; }
    public string Type { get; }
    public IReadOnlyDictionary<string, string> Variables { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<CslName>> Names { get; }
    public IReadOnlyDictionary<string, CslDate> Dates { get; }

    public string? Get(string variable) => Variables.TryGetValue(variable, out var v) && v.Length > 0 ? v : null;

    public IReadOnlyList<CslName>? GetNames(string variable) => Names.TryGetValue(variable, out var v) && v.Count > 0 ? v : null;

    public CslDate? GetDate(string variable) => Dates.TryGetValue(variable, out var v) ? v : null;

    /// <summary>Reads a CSL-JSON array of items (or a single item object).</summary>
    public static IReadOnlyList<CslItem> ParseJson(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxJsonChars)
            throw new CslFormatException($"{sourceName} is {json.Length:N0} characters; CSL-JSON larger than {MaxJsonChars:N0} is refused.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CslFormatException(
                $"{sourceName} is not valid JSON: {e.Message} Fix the JSON at line {(e.LineNumber ?? 0) + 1}; it must be a CSL-JSON array of items.", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
                return [FromJson(root, sourceName, 0)];
            if (root.ValueKind != JsonValueKind.Array)
                throw new CslFormatException($"{sourceName}: expected a CSL-JSON array of items, found a JSON {root.ValueKind}.");
            var items = new List<CslItem>(root.GetArrayLength());
            var index = 0;
            foreach (var element in root.EnumerateArray())
                items.Add(FromJson(element, sourceName, index++));
            return items;
        }
    }

    /// <summary>Reads one CSL-JSON item object.</summary>
    public static CslItem FromJson(JsonElement element, string sourceName, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new CslFormatException($"{sourceName}: item {index + 1} is a JSON {element.ValueKind}, not an object with \"id\" and \"type\".");
        string? id = null;
        var type = "document";
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<CslName>>(StringComparer.Ordinal);
        var dates = new Dictionary<string, CslDate>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = Aliases.GetValueOrDefault(property.Name, property.Name);
            var value = property.Value;
            if (name == "id")
                id = Scalar(value);
            else if (name == "type")
                type = Scalar(value) ?? type;
            else if (NameVariables.Contains(name) && value.ValueKind == JsonValueKind.Array)
                names[name] = ReadNames(value);
            else if (DateVariables.Contains(name))
            {
                var date = ReadDate(value);
                if (date is not null)
                    dates[name] = date;
            }
            else if (Scalar(value) is { } text)
                variables[name] = text;
        }
        if (string.IsNullOrEmpty(id))
            throw new CslFormatException($"{sourceName}: item {index + 1} has no \"id\"; every CSL-JSON item needs a unique id.");
        if (variables.TryGetValue("note", out var note))
            ReadNoteFields(note, variables, names, dates);
        return new CslItem(id, type, variables, names, dates);
    }

    /// <summary>
    /// Zotero and citeproc-js carry variables their item type has no field for as "name: value" lines in the note
    /// ("container-title: …", "reviewed-author: Hall || W.C."). Such a line fills an empty variable and leaves the note;
    /// a variable the item already has wins.
    /// </summary>
    private static void ReadNoteFields(string note, Dictionary<string, string> variables, Dictionary<string, IReadOnlyList<CslName>> names,
        Dictionary<string, CslDate> dates)
    {
        var kept = new List<string>();
        var noteNames = new Dictionary<string, List<CslName>>(StringComparer.Ordinal);
        foreach (var line in note.Split('\n'))
        {
            var m = NoteField().Match(line);
            if (!m.Success)
            {
                kept.Add(line);
                continue;
            }
            var name = Aliases.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value);
            var value = m.Groups[2].Value;
            if (NameVariables.Contains(name))
            {
                if (names.ContainsKey(name))
                    continue;
                var parts = value.Split("||", 2, StringSplitOptions.TrimEntries);
                var person = parts.Length == 2 ? new CslName { Family = parts[0], Given = parts[1] } : new CslName { Literal = value };
                if (!noteNames.TryGetValue(name, out var list))
                    noteNames[name] = list = [];
                list.Add(person.WithParsedParticles());
            }
            else if (DateVariables.Contains(name))
            {
                if (!dates.ContainsKey(name) && ParseRaw(value) is { } date)
                    dates[name] = date;
            }
            else if (name is not "id" and not "type" and not "note")
                variables.TryAdd(name, value);
        }
        foreach (var (name, list) in noteNames)
            names[name] = list;
        var rest = string.Join('\n', kept).Trim();
        if (rest.Length > 0)
            variables["note"] = rest;
        else
            variables.Remove("note");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*([a-z][a-z-]*|shortTitle|journalAbbreviation):\s+(\S.*?)\s*$")]
    private static partial System.Text.RegularExpressions.Regex NoteField();

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        _ => null,
    };

    private static List<CslName> ReadNames(JsonElement array)
    {
        var list = new List<CslName>();
        foreach (var n in array.EnumerateArray())
        {
            if (n.ValueKind != JsonValueKind.Object)
                continue;
            // An empty name part is an absent one ("given": "" on an institution does not call for a sort separator).
            string? S(string key) => n.TryGetProperty(key, out var v) && Scalar(v) is { Length: > 0 } text ? text : null;
            var name = new CslName
            {
                Family = S("family"),
                Given = S("given"),
                DroppingParticle = S("dropping-particle"),
                NonDroppingParticle = S("non-dropping-particle"),
                Suffix = S("suffix"),
                Literal = S("literal"),
                CommaSuffix = Truthy(n, "comma-suffix"),
                StaticOrdering = Truthy(n, "static-ordering"),
            };
            if (name.Literal is null && name.Family is null && name.Given is null)
                continue;
            list.Add(name.WithParsedParticles());
        }
        return list;
    }

    private static bool Truthy(JsonElement o, string key) => o.TryGetProperty(key, out var v)
        && (v.ValueKind == JsonValueKind.True || v.ValueKind == JsonValueKind.Number && v.GetRawText() != "0"
            || v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s && s != "0" && s != "false");

    private static CslDate? ReadDate(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
            return ParseRaw(value.GetString() ?? "");
        if (value.ValueKind != JsonValueKind.Object)
            return null;
        var circa = Truthy(value, "circa");
        var season = value.TryGetProperty("season", out var s) ? SeasonNumber(Scalar(s)) : 0;
        if (value.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0)
        {
            var start = ReadParts(parts[0]);
            var end = parts.GetArrayLength() > 1 ? ReadParts(parts[1]) : null;
            // An end of [0] (or [""]) marks a range still open ("1987–").
            var open = parts.GetArrayLength() > 1 && end is null && parts[1].ValueKind == JsonValueKind.Array && parts[1].GetArrayLength() > 0
                && Scalar(parts[1][0]) is "0" or "";
            if (start is not null)
            {
                if (end is not null && (end[0] == 0 || end.SequenceEqual(start)))
                    end = null;
                return new CslDate { Start = SeasonMonths(start), End = end is null ? null : SeasonMonths(end), Season = season, Circa = circa, OpenEnded = open };
            }
        }
        if (value.TryGetProperty("literal", out var literal) && Scalar(literal) is { Length: > 0 } l)
            return new CslDate { Literal = l, Circa = circa };
        if (value.TryGetProperty("raw", out var raw) && Scalar(raw) is { Length: > 0 } r)
            return ParseRaw(r) is { } d ? d with { Circa = circa || d.Circa, Season = season != 0 ? season : d.Season } : null;
        return null;
    }

    /// <summary>CSL-JSON writes seasons as months 13–16, 17–20 or 21–24 (as citeproc-js reads them); they are held as 13–16.</summary>
    private static int[] SeasonMonths(int[] parts)
    {
        if (parts[1] is >= 17 and <= 24)
            parts[1] = 13 + (parts[1] - 13) % 4;
        return parts;
    }

    private static int SeasonNumber(string? text)
    {
        if (text is null)
            return 0;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            return n is >= 1 and <= 4 ? n : 0;
        return text.ToUpperInvariant() switch { "SPRING" => 1, "SUMMER" => 2, "AUTUMN" or "FALL" => 3, "WINTER" => 4, _ => 0 };
    }

    private static int[]? ReadParts(JsonElement array)
    {
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
            return null;
        var result = new int[3];
        var i = 0;
        foreach (var part in array.EnumerateArray())
        {
            if (i == 3)
                break;
            var text = Scalar(part);
            if (text is null || !int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                break;
            result[i++] = n;
        }
        return i == 0 || result[0] == 0 ? null : result;
    }

    /// <summary>"2023-08-18", "2023-08", "2023", "2001/2005": the ISO-like shapes CSL-JSON "raw" dates take in practice.</summary>
    private static CslDate? ParseRaw(string raw)
    {
        var halves = raw.Split('/', StringSplitOptions.TrimEntries);
        var start = IsoParts(halves[0]);
        if (start is null)
            return raw.Length > 0 ? new CslDate { Literal = raw } : null;
        var end = halves.Length > 1 ? IsoParts(halves[1]) : null;
        return new CslDate { Start = start, End = end };
    }

    private static int[]? IsoParts(string text)
    {
        var pieces = text.Split('-');
        var parts = new int[3];
        for (var i = 0; i < pieces.Length && i < 3; i++)
        {
            if (!int.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]))
                return null;
        }
        return parts[0] == 0 ? null : parts;
    }
}
