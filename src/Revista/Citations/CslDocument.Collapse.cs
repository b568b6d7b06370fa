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
    /// Cite grouping (collapse="year…" or cite-group-delimiter): cites by the same names are grouped ("Doe 2000, 2001"),
    /// brought together when the citation is sorted; collapse drops the repeated names, year-suffix collapses further
    /// ("Doe 2000a, b") and year-suffix-ranged turns three or more consecutive suffixes into a range ("2000a–e").
    /// Delimiters follow CSL 1.0.2 "Cite Grouping"/"Cite Collapsing" with citeproc-js's defaults: within a group
    /// cite-group-delimiter (else ", " in in-text styles and the layout delimiter in note styles), between year-suffixes
    /// cite-group-delimiter or year-suffix-delimiter, and, when after-collapse-delimiter is set, that delimiter after a
    /// collapsed group or a cite with a locator.
    /// </summary>
    private void CollapseYears(List<(CslCite Cite, int Index, CslPosition Position)> cites, List<CslOut> pieces, string delimiter, string? collapse)
    {
        var attributes = Style.CitationAttributes;
        var citeGroupDelimiter = attributes.GetValueOrDefault("cite-group-delimiter");
        var afterCollapse = attributes.GetValueOrDefault("after-collapse-delimiter");
        var yearSuffixDelimiter = citeGroupDelimiter ?? attributes.GetValueOrDefault("year-suffix-delimiter") ?? delimiter;
        var suffixCollapse = collapse is "year-suffix" or "year-suffix-ranged";
        string WithinGroup(bool afterLocator) => afterCollapse is not null
            ? afterLocator ? afterCollapse : delimiter
            : citeGroupDelimiter ?? (Style.Class == "in-text" ? ", " : delimiter);
        string BetweenGroups(bool afterLocator, bool afterCollapsed) =>
            afterCollapse is not null && (afterLocator || afterCollapsed || collapse != "year-suffix") ? afterCollapse : delimiter;

        // Cites with the same names are brought together, in the order of their first appearance, when the citation is
        // sorted (citeproc-js groups within its sort); unsorted, only neighbours are grouped.
        var regroup = Style.CitationSort.Count > 0;
        var groups = new List<List<(CslCite Cite, int Index, CslPosition Position)>>();
        var byKey = new Dictionary<string, List<(CslCite, int, CslPosition)>>(StringComparer.Ordinal);
        string? lastKey = null;
        foreach (var c in cites)
        {
            var key = NamesKey(c.Cite, c.Index, c.Position);
            if (regroup && byKey.TryGetValue(key, out var g))
                g.Add(c);
            else if (!regroup && key == lastKey)
                groups[^1].Add(c);
            else
            {
                var list = new List<(CslCite, int, CslPosition)> { c };
                groups.Add(list);
                byKey[key] = list;
            }
            lastKey = key;
        }
        var previousWasCollapsed = false;
        var previousHadLocator = false;
        foreach (var group in groups)
        {
            var rendered = new List<(CslOut Out, string Delimiter, bool SuffixOnly, int Suffix, bool Locator)>();
            for (var k = 0; k < group.Count; k++)
            {
                var (cite, index, position) = group[k];
                var suffix = SuffixNumber(_yearSuffixes[index]);
                if (k == 0)
                {
                    if (RenderCite(cite, index, position, false, pieces.Count == 0) is { } first)
                        rendered.Add((first, "", false, suffix, cite.Locator is not null));
                    continue;
                }
                var prev = group[k - 1];
                var sameYear = suffixCollapse && suffix >= 0 && cite.Locator is null && _yearSuffixes[prev.Index] is not null
                    && _items[prev.Index].GetDate("issued")?.Start[0] == _items[index].GetDate("issued")?.Start[0];
                var o = sameYear ? new CslOut(_yearSuffixes[index]!) : RenderCite(cite, index, position, collapse is not null);
                // A cite with nothing left once its names are gone (no date) disappears with its delimiter.
                if (o is not null && CslWriter.Write(o, Terms, false).Length > 0)
                {
                    var afterSuffixes = rendered.Count > 0 && rendered[^1].SuffixOnly;
                    var afterLocator = rendered.Count > 0 && rendered[^1].Locator;
                    var between = sameYear ? yearSuffixDelimiter : afterSuffixes ? afterCollapse ?? delimiter : WithinGroup(afterLocator);
                    rendered.Add((o, between, sameYear, suffix, cite.Locator is not null));
                }
            }
            if (rendered.Count == 0)
                continue;
            if (pieces.Count > 0)
                pieces.Add(new CslOut(BetweenGroups(previousHadLocator, previousWasCollapsed)));
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
            previousWasCollapsed = rendered.Count > 1 && collapse is not null;
            previousHadLocator = rendered[^1].Locator;
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
