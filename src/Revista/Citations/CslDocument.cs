using System.Globalization;

namespace Revista.Citations;

/// <summary>
/// The references of one document under one style and locale: citation numbers, disambiguation (add names, given
/// names, year-suffix) and bibliography order are computed once for all items; citations are then formatted in
/// document order so positions (first, subsequent, ibid) are tracked.
/// </summary>
public sealed partial class CslDocument
{
    private static readonly CompareInfo Collation = CultureInfo.InvariantCulture.CompareInfo;

    private readonly CslEngine _engine;
    private readonly List<CslItem> _items;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly int[] _numbers;
    private readonly string?[] _yearSuffixes;
    private readonly int[] _addNames;
    private readonly Dictionary<(string Variable, int Index), int>?[] _citeGivenLevels;
    private Dictionary<CslName, int>? _personGivenLevels;
    private readonly int[] _conditionDisambiguates;
    private readonly int[] _bibliographyOrder;
    private readonly Dictionary<string, int> _firstNote = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lastNote = new(StringComparer.Ordinal);

    // Ibid looks back at the previous citation when it is in the same note, else at the previous note as a whole (all
    // its citations); in-text citations of a note style (note number 0) look back at the previous in-text citation:
    // the two are separate streams in citeproc-js.
    private List<(string Id, string? Locator)> _previousInText = [];
    private List<(string Id, string? Locator)> _noteCites = [];
    private List<(string Id, string? Locator)> _lastNoteCitation = [];
    private int _noteNumber = -1;

    internal CslDocument(CslEngine engine, IEnumerable<CslItem> items)
    {
        _engine = engine;
        _items = [];
        foreach (var item in items)
        {
            if (_index.TryAdd(item.Id, _items.Count))
                _items.Add(item);
        }
        var n = _items.Count;
        _numbers = new int[n];
        _yearSuffixes = new string?[n];
        _addNames = new int[n];
        _citeGivenLevels = new Dictionary<(string, int), int>?[n];
        _conditionDisambiguates = new int[n];
        for (var i = 0; i < n; i++)
            _numbers[i] = i + 1;
        _bibliographyOrder = SortedOrder(Style.BibliographySort, isCitation: false);
        // citation-number is the position in the bibliography unless the bibliography is sorted by citation-number itself.
        if (Style.BibliographySort.Count > 0 && Style.BibliographySort.All(k => k.Variable != "citation-number"))
        {
            for (var i = 0; i < n; i++)
                _numbers[_bibliographyOrder[i]] = i + 1;
        }
        Disambiguate();
    }

    private CslStyle Style => _engine.Style;
    private CslTerms Terms => _engine.Terms;

    public IReadOnlyList<CslItem> Items => _items;

    /// <summary>Every item in the bibliography's sort order (the order year-suffixes follow), whether or not it renders.</summary>
    public IReadOnlyList<CslItem> ItemsInBibliographyOrder => [.. _bibliographyOrder.Select(i => _items[i])];

    /// <summary>The bibliography, entries in the style's order.</summary>
    public CslBibliography Bibliography()
    {
        var entries = new List<CslBibliographyEntry>(_items.Count);
        if (!Style.HasBibliography)
            return new CslBibliography(entries);
        var attributes = Style.BibliographyAttributes;
        var substitute = attributes.GetValueOrDefault("subsequent-author-substitute");
        var secondField = attributes.ContainsKey("second-field-align");
        string? previousNames = null;
        foreach (var index in _bibliographyOrder)
        {
            var ctx = Context(index, isCitation: false, cite: null, CslPosition.First);
            var kids = CslNode.RenderAll(Style.Bibliography.Children, ctx);
            if (kids.Count == 0)
                continue;
            if (substitute is not null)
                previousNames = SubstituteAuthor(kids, substitute, previousNames);
            string text, html;
            if (secondField && kids.Count > 1)
            {
                // The layout's affixes and formatting wrap the two columns: the prefix goes left, the suffix right.
                var layoutLook = Style.Bibliography.Look;
                var left = new CslOut([kids[0]], null, layoutLook with { Suffix = null });
                var right = new CslOut(kids.GetRange(1, kids.Count - 1), null, layoutLook with { Prefix = null });
                var leftText = CslWriter.Write(left, Terms, false).Trim();
                var rightText = CslWriter.Write(right, Terms, false).Trim();
                text = leftText + " " + rightText;
                // Spaces ending the entry (a last suffix ". ") stay outside the right column, as citeproc-js writes them.
                var rightHtml = CslWriter.Write(right, Terms, true);
                var rightContent = rightHtml.TrimEnd(' ');
                html = "\n    <div class=\"csl-left-margin\">" + CslWriter.Write(left, Terms, true)
                    + "</div><div class=\"csl-right-inline\">" + rightContent + "</div>\n  " + rightHtml[rightContent.Length..];
            }
            else
            {
                var whole = new CslOut(kids, Style.Bibliography.Delimiter, Style.Bibliography.Look);
                text = CslWriter.Write(whole, Terms, false).Trim();
                html = SpacesBeforeFirstDivision(CslWriter.Write(SuffixInLastDivision(kids), Terms, true));
            }
            entries.Add(new CslBibliographyEntry(_items[index].Id, text, html));
        }
        return new CslBibliography(entries);
    }

    /// <summary>
    /// The entry for HTML: when it ends with a display division (CSL 1.0.2 "display"), the layout suffix closes the text
    /// inside that division, as citeproc-js writes it, rather than trailing after the division's block.
    /// </summary>
    private CslOut SuffixInLastDivision(List<CslOut> kids)
    {
        var layout = Style.Bibliography.Look;
        var last = kids[^1];
        if (string.IsNullOrEmpty(layout.Suffix) || last.Look.Display is null || last.Leaves().All(l => string.IsNullOrEmpty(l.Text)))
            return new CslOut(kids, Style.Bibliography.Delimiter, layout);
        var plain = last.Look with { Display = null };
        var inner = last.Kids is null ? new CslOut(last.Text ?? "", plain) { NoCase = last.NoCase } : new CslOut(last.Kids, last.Delimiter, plain);
        var moved = new CslOut([inner, new CslOut(layout.Suffix)], null, new CslLook { Display = last.Look.Display });
        return new CslOut([.. kids.Take(kids.Count - 1), moved], Style.Bibliography.Delimiter, layout with { Suffix = null });
    }

    /// <summary>
    /// Spaces opening an entry whose first output is a display division (the prefix of a left-margin date, once an empty
    /// block before it is gone) are written before the division, as citeproc-js writes them, not inside it.
    /// </summary>
    private static string SpacesBeforeFirstDivision(string html)
    {
        var open = html.IndexOf("<div class=\"csl-", StringComparison.Ordinal);
        if (open < 0 || !html.AsSpan(0, open).IsWhiteSpace())
            return html;
        var content = html.IndexOf('>', open) + 1;
        var spaces = html.AsSpan(content).Length - html.AsSpan(content).TrimStart(' ').Length;
        return spaces == 0 ? html : string.Concat(html.AsSpan(content, spaces), html.AsSpan(0, content), html.AsSpan(content + spaces));
    }

    private string? SubstituteAuthor(List<CslOut> kids, string substitute, string? previous)
    {
        CslOut? names = null;
        foreach (var k in kids)
        {
            names = k.FindNames();
            if (names is not null)
                break;
        }
        if (names is null)
            return null;
        // The names are compared and replaced without their label: "Doe, John ed." followed by "Doe, John" gives "---".
        var lists = names.NameLists().ToList();
        if (lists.Count != 1)
            lists = [names];
        var current = string.Join("\u0001", lists.Select(l => CslWriter.Write(new CslOut([l], null), Terms, false)));
        // The partial rules compare name by name; an entry whose names all repeat the previous ones is replaced whole
        // under every rule (name-by-name replacement is not implemented).
        if (previous is not null && current == previous)
        {
            var target = lists[0];
            target.Kids = [new CslOut(substitute)];
            target.Text = null;
            target.Look = substitute.Length == 0 ? CslLook.None : target.Look;
        }
        return current;
    }

    /// <summary>Formats one citation (one or more cites) as text or HTML, advancing the position tracking.</summary>
    public string Cite(IReadOnlyList<CslCite> cites, bool html, int noteNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(cites);
        var prepared = new List<(CslCite Cite, int Index, CslPosition Position)>(cites.Count);
        var citation = new List<(string, string?)>();
        var preceding = noteNumber <= 0 ? _previousInText : noteNumber == _noteNumber ? _lastNoteCitation : _noteCites;
        var nearNoteDistance = int.TryParse(Style.CitationAttributes.GetValueOrDefault("near-note-distance"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) ? d : 5;
        for (var c = 0; c < cites.Count; c++)
        {
            var cite = cites[c];
            if (!_index.TryGetValue(cite.Id, out var index))
                throw new CslFormatException($"Cite refers to item \"{cite.Id}\", which is not among the document's items; add it to the CSL-JSON.");
            var position = cite.Position ?? Position(cite, c, citation, preceding);
            // CSL 1.0.2 "near-note": the item was cited before, in a note at most near-note-distance notes back.
            var nearNote = noteNumber > 0 && _lastNote.TryGetValue(cite.Id, out var last) && last > 0 && noteNumber - last <= nearNoteDistance;
            citation.Add((cite.Id, LocatorKey(cite)));
            prepared.Add((cite with { NoteNumber = _firstNote.GetValueOrDefault(cite.Id, noteNumber), NearNote = nearNote }, index, position));
            _firstNote.TryAdd(cite.Id, noteNumber);
            _lastNote[cite.Id] = noteNumber;
        }
        if (noteNumber > 0)
        {
            if (noteNumber == _noteNumber)
                _noteCites = [.. _noteCites, .. citation];
            else
                _noteCites = citation;
            _noteNumber = noteNumber;
            _lastNoteCitation = citation;
        }
        else
            _previousInText = citation;
        if (Style.CitationSort.Count > 0)
        {
            var keys = prepared.Select(p => SortKeys(p.Index, Style.CitationSort, isCitation: true)).ToList();
            var order = Enumerable.Range(0, prepared.Count).ToList();
            order.Sort((a, b) => Compare(keys[a], keys[b], Style.CitationSort) is var r && r != 0 ? r : a.CompareTo(b));
            prepared = order.Select(i => prepared[i]).ToList();
        }
        return FormatCitation(prepared, html);
    }

    /// <summary>
    /// CSL 1.0.2 "Position": ibid when the cite follows a cite of the same item in its citation, or opens a citation
    /// whose previous citation (here: previous note) is a single cite of that item; the locators then decide between
    /// ibid, ibid-with-locator and subsequent.
    /// </summary>
    private CslPosition Position(CslCite cite, int indexInCitation, List<(string Id, string? Locator)> current, List<(string Id, string? Locator)> preceding)
    {
        if (!_firstNote.ContainsKey(cite.Id))
            return CslPosition.First;
        (string Id, string? Locator)? before = indexInCitation > 0 ? current[^1]
            : preceding.Count == 1 ? preceding[0] : null;
        if (before is { } p && p.Id == cite.Id)
        {
            if (cite.Locator is null)
                return p.Locator is null ? CslPosition.Ibid : CslPosition.Subsequent;
            return p.Locator == LocatorKey(cite) ? CslPosition.Ibid : CslPosition.IbidWithLocator;
        }
        return CslPosition.Subsequent;
    }

    /// <summary>A locator with its label: "book 12" and "page 12" are different places (CSL 1.0.2 "Locators").</summary>
    private static string? LocatorKey(CslCite cite) => cite.Locator is null ? null : (cite.Label ?? "page") + " " + cite.Locator;

    internal CslContext Context(int index, bool isCitation, CslCite? cite, CslPosition position, bool disambiguating = false) =>
        new(_engine, _items[index], isCitation)
        {
            Cite = cite,
            Position = position,
            CitationNumber = _numbers[index],
            YearSuffix = disambiguating ? null : _yearSuffixes[index],
            AddNames = _addNames[index],
            CiteGivenLevels = _citeGivenLevels[index],
            PersonGivenLevels = _personGivenLevels,
            PersonLevelsPrimaryOnly = _personLevelsPrimaryOnly,
            DisambiguateConditions = _conditionDisambiguates[index],
            Disambiguating = disambiguating,
            SubsequentEtAl = disambiguating && _subsequentEtAl,
        };

    private int[] SortedOrder(IReadOnlyList<CslSortKey> keys, bool isCitation)
    {
        var order = Enumerable.Range(0, _items.Count).ToArray();
        if (keys.Count == 0)
            return order;
        var values = order.Select(i => SortKeys(i, keys, isCitation)).ToArray();
        Array.Sort(order, (a, b) => Compare(values[a], values[b], keys) is var r && r != 0 ? r : a.CompareTo(b));
        return order;
    }

    private string?[] SortKeys(int index, IReadOnlyList<CslSortKey> keys, bool isCitation)
    {
        var result = new string?[keys.Count];
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            var ctx = new CslContext(_engine, _items[index], isCitation)
            {
                CitationNumber = _numbers[index],
                SortMode = true,
                SortNamesMin = key.NamesMin,
                SortNamesUseFirst = key.NamesUseFirst,
                SortNamesUseLast = key.NamesUseLast,
            };
            string? value;
            if (key.Macro is not null)
            {
                var output = CslOut.Join(CslNode.RenderAll(Style.Macro(key.Macro), ctx), null, CslLook.None);
                value = output is null ? null : CslWriter.Write(output, Terms, false);
            }
            else
                value = VariableSortKey(ctx, key.Variable ?? "");
            result[k] = string.IsNullOrEmpty(value) ? null : value;
        }
        return result;
    }

    private static string? VariableSortKey(CslContext ctx, string variable)
    {
        if (variable == "citation-number")
            return ctx.CitationNumber.ToString("D8", CultureInfo.InvariantCulture);
        if (ctx.Item.GetNames(variable) is { } names)
        {
            _ = names;
            return SortNames(variable, ctx.Engine.Style).Render(ctx) is { } o ? CslWriter.Write(o, ctx.Terms, false) : null;
        }
        if (ctx.Item.GetDate(variable) is { } date)
            return date.SortKey();
        var value = CslVariables.Value(ctx, variable);
        // Rich-text markup in the data (<i>, <b> …) is not part of the sort key.
        if (value is not null && value.Contains('<', StringComparison.Ordinal))
            value = string.Concat(CslMarkup.Parse(value).Leaves().Select(l => l.Text));
        if (value is not null && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            return number.ToString("D8", CultureInfo.InvariantCulture);
        return value;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CslNamesNode> SortNamesNodes = new(StringComparer.Ordinal);

    private static CslNamesNode SortNames(string variable, CslStyle style) => SortNamesNodes.GetOrAdd(variable, v =>
        new CslNamesNode(new System.Xml.Linq.XElement(System.Xml.Linq.XName.Get("names", CslXml.Namespace), new System.Xml.Linq.XAttribute("variable", v)), style));

    private static string WithoutBrackets(string key) => string.Concat(key.Where(c => c is not ('"' or '\'' or ',') && char.GetUnicodeCategory(c)
        is not (UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation)));

    private static int Compare(string?[] a, string?[] b, IReadOnlyList<CslSortKey> keys)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            var x = a[k];
            var y = b[k];
            // Empty keys sort last whatever the direction (CSL 1.0.2 "Sorting").
            if (x is null && y is null)
                continue;
            if (x is null)
                return 1;
            if (y is null)
                return -1;
            // Brackets, quotation marks and commas do not order entries ("[F]linders" sorts under F, "title, here A"
            // before "title here B"), as in citeproc-js; spaces still do ("Dale Zippy" before "Dalebout Arnie").
            var r = Collation.Compare(WithoutBrackets(x), WithoutBrackets(y), CompareOptions.IgnoreCase);
            if (r == 0)
                r = Collation.Compare(x, y, CompareOptions.IgnoreCase);
            if (r == 0)
                r = string.CompareOrdinal(x, y);
            if (r != 0)
                return keys[k].Descending ? -r : r;
        }
        return 0;
    }
}
