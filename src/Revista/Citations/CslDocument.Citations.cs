using System.Globalization;

namespace Revista.Citations;

/// <summary>Citation formatting (affixes, collapsing) and disambiguation.</summary>
public sealed partial class CslDocument
{
    private string FormatCitation(List<(CslCite Cite, int Index, CslPosition Position)> cites, bool html)
    {
        var layout = Style.Citation;
        var collapse = Style.CitationAttributes.GetValueOrDefault("collapse");
        var pieces = new List<CslOut>(cites.Count * 2);
        var delimiter = layout.Delimiter ?? "";
        if (collapse == "citation-number" && cites.All(c => c.Cite.Locator is null && c.Cite.Prefix is null && c.Cite.Suffix is null))
            CollapseNumbers(cites, pieces, delimiter);
        else if (collapse is "year" or "year-suffix" or "year-suffix-ranged")
            CollapseYears(cites, pieces, delimiter, collapse);
        else
        {
            foreach (var c in cites)
            {
                if (RenderCite(c.Cite, c.Index, c.Position, false) is { } o)
                {
                    if (pieces.Count > 0)
                        pieces.Add(new CslOut(delimiter));
                    pieces.Add(o);
                }
            }
        }
        if (pieces.Count == 0)
            return "";
        var whole = new CslOut(pieces, null, layout.Look);
        return CslWriter.Write(whole, Terms, html);
    }

    private CslOut? RenderCite(CslCite cite, int index, CslPosition position, bool suppressAuthor)
    {
        var ctx = Context(index, isCitation: true, cite, position);
        if (cite.SuppressAuthor || suppressAuthor)
            ctx.Substituted = SuppressedAuthors(ctx);
        var kids = CslNode.RenderAll(Style.Citation.Children, ctx);
        var body = CslOut.Join(kids, null, CslLook.None);
        if (body is null)
            return null;
        if (cite.AuthorOnly)
        {
            body = body.FindNames();
            if (body is null)
                return null;
        }
        if (cite.Prefix is null && cite.Suffix is null)
            return body;
        return new CslOut([body], null, new CslLook { Prefix = cite.Prefix, Suffix = cite.Suffix });
    }

    /// <summary>The name variables whose cs:names is the first to render: the "author" a suppress-author cite drops.</summary>
    private static HashSet<string> SuppressedAuthors(CslContext ctx)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in ctx.Item.Names.Keys)
        {
            set.Add(variable);
            if (variable == "author")
                break;
        }
        if (ctx.Item.Names.ContainsKey("author"))
            set.RemoveWhere(v => v != "author");
        return set;
    }

    private void CollapseNumbers(List<(CslCite Cite, int Index, CslPosition Position)> cites, List<CslOut> pieces, string delimiter)
    {
        var i = 0;
        while (i < cites.Count)
        {
            var j = i;
            while (j + 1 < cites.Count && _numbers[cites[j + 1].Index] == _numbers[cites[j].Index] + 1)
                j++;
            if (pieces.Count > 0)
                pieces.Add(new CslOut(delimiter));
            if (j - i >= 2)
            {
                var first = RenderCite(cites[i].Cite, cites[i].Index, cites[i].Position, false);
                var last = RenderCite(cites[j].Cite, cites[j].Index, cites[j].Position, false);
                if (first is not null && last is not null)
                    pieces.Add(new CslOut([first, new CslOut("–"), last], null));
                i = j + 1;
                continue;
            }
            if (RenderCite(cites[i].Cite, cites[i].Index, cites[i].Position, false) is { } o)
                pieces.Add(o);
            else if (pieces.Count > 0)
                pieces.RemoveAt(pieces.Count - 1);
            i++;
        }
    }

    /// <summary>
    /// collapse="year": cites by the same names are grouped ("Doe 2000, 2001"); year-suffix collapses further
    /// ("Doe 2000a, b"). Groups are separated by after-collapse-delimiter.
    /// </summary>
    private void CollapseYears(List<(CslCite Cite, int Index, CslPosition Position)> cites, List<CslOut> pieces, string delimiter, string collapse)
    {
        var groupDelimiter = Style.CitationAttributes.GetValueOrDefault("cite-group-delimiter") ?? ", ";
        var afterCollapse = Style.CitationAttributes.GetValueOrDefault("after-collapse-delimiter") ?? delimiter;
        var yearSuffixDelimiter = Style.CitationAttributes.GetValueOrDefault("year-suffix-delimiter") ?? delimiter;
        var keyed = cites.Select(c => (c, Key: NamesKey(c.Cite, c.Index, c.Position))).ToList();
        // Cites with the same names are brought together, in the order of their first appearance.
        var groups = new List<List<(CslCite Cite, int Index, CslPosition Position)>>();
        var byKey = new Dictionary<string, List<(CslCite, int, CslPosition)>>(StringComparer.Ordinal);
        foreach (var (c, key) in keyed)
        {
            if (key is not null && byKey.TryGetValue(key, out var g))
                g.Add(c);
            else
            {
                var list = new List<(CslCite, int, CslPosition)> { c };
                groups.Add(list);
                if (key is not null)
                    byKey[key] = list;
            }
        }
        var previousWasCollapsed = false;
        foreach (var group in groups)
        {
            var collapsed = group.Count > 1;
            if (pieces.Count > 0)
                pieces.Add(new CslOut(previousWasCollapsed ? afterCollapse : delimiter));
            for (var k = 0; k < group.Count; k++)
            {
                var (cite, index, position) = group[k];
                CslOut? o;
                if (k == 0)
                    o = RenderCite(cite, index, position, false);
                else
                {
                    var prev = group[k - 1];
                    var sameYear = collapse != "year" && _yearSuffixes[index] is not null && cite.Locator is null
                        && _items[prev.Index].GetDate("issued")?.Start[0] == _items[index].GetDate("issued")?.Start[0]
                        && _yearSuffixes[prev.Index] is not null;
                    pieces.Add(new CslOut(sameYear ? yearSuffixDelimiter : groupDelimiter));
                    o = sameYear ? new CslOut(_yearSuffixes[index]!) : RenderCite(cite, index, position, true);
                }
                if (o is not null)
                    pieces.Add(o);
            }
            previousWasCollapsed = collapsed;
        }
    }

    private string? NamesKey(CslCite cite, int index, CslPosition position)
    {
        var ctx = Context(index, isCitation: true, cite, position);
        var kids = CslNode.RenderAll(Style.Citation.Children, ctx);
        var names = kids.Select(k => k.FindNames()).FirstOrDefault(n => n is not null);
        return names is null ? null : CslWriter.Write(names, Terms, false);
    }

    /// <summary>The citation number assigned to an item (1-based), or 0 when unknown.</summary>
    public int CitationNumber(string id) => _index.TryGetValue(id, out var i) ? _numbers[i] : 0;

    /// <summary>The year-suffix assigned to an item by disambiguation, if any.</summary>
    public string? YearSuffix(string id) => _index.TryGetValue(id, out var i) ? _yearSuffixes[i] : null;

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
