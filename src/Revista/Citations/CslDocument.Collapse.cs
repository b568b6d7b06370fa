namespace Revista.Citations;

/// <summary>Citation collapsing (CSL 1.0.2 "Cite Grouping" and "Cite Collapsing"): citation-number ranges and year groups.</summary>
public sealed partial class CslDocument
{
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
    /// ("Doe 2000a, b"), year-suffix-ranged turns three or more consecutive suffixes into a range ("2000a–e").
    /// Cites within a group are separated by cite-group-delimiter, groups by after-collapse-delimiter, which citeproc-js
    /// also puts after a run of collapsed year-suffixes inside a group ("Smith 2000a–e;2001").
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
            var rendered = new List<(CslOut Out, string Delimiter, bool SuffixOnly, int Suffix)>();
            for (var k = 0; k < group.Count; k++)
            {
                var (cite, index, position) = group[k];
                var suffix = SuffixNumber(_yearSuffixes[index]);
                if (k == 0)
                {
                    if (RenderCite(cite, index, position, false, pieces.Count == 0) is { } first)
                        rendered.Add((first, "", false, suffix));
                    continue;
                }
                var prev = group[k - 1];
                var sameYear = collapse != "year" && suffix >= 0 && cite.Locator is null && _yearSuffixes[prev.Index] is not null
                    && _items[prev.Index].GetDate("issued")?.Start[0] == _items[index].GetDate("issued")?.Start[0];
                var o = sameYear ? new CslOut(_yearSuffixes[index]!) : RenderCite(cite, index, position, true);
                // A cite with nothing left once its names are gone (no date) disappears with its delimiter.
                if (o is not null && CslWriter.Write(o, Terms, false).Length > 0)
                {
                    var afterSuffixes = rendered.Count > 0 && rendered[^1].SuffixOnly;
                    rendered.Add((o, sameYear ? yearSuffixDelimiter : afterSuffixes ? afterCollapse : groupDelimiter, sameYear, suffix));
                }
            }
            if (rendered.Count == 0)
                continue;
            if (pieces.Count > 0)
                pieces.Add(new CslOut(previousWasCollapsed ? afterCollapse : delimiter));
            for (var k = 0; k < rendered.Count; k++)
            {
                var end = k;
                while (collapse == "year-suffix-ranged" && end + 1 < rendered.Count && rendered[end + 1].SuffixOnly
                    && rendered[end].Suffix >= 0 && rendered[end + 1].Suffix == rendered[end].Suffix + 1)
                    end++;
                if (k > 0)
                    pieces.Add(new CslOut(rendered[k].Delimiter));
                pieces.Add(rendered[k].Out);
                if (end - k >= 2)
                {
                    pieces.Add(new CslOut("–"));
                    pieces.Add(rendered[end].Out);
                    k = end;
                }
            }
            previousWasCollapsed = rendered.Count > 1;
        }
    }

    /// <summary>The position of a year-suffix in the sequence a … z, aa, ab …; -1 for none.</summary>
    private static int SuffixNumber(string? suffix)
    {
        if (string.IsNullOrEmpty(suffix))
            return -1;
        var n = 0;
        foreach (var c in suffix)
            n = n * 26 + (c - 'a' + 1);
        return n - 1;
    }
}
