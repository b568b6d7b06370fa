namespace Revista.Citations;

/// <summary>
/// CSL 1.0.2 "Disambiguation": cites whose first rendering is identical are told apart by showing more names, then fuller
/// given names, then cs:if disambiguate="true" branches, then a year-suffix — each method only as the style enables it,
/// and each cite only as far as it needs.
/// </summary>
public sealed partial class CslDocument
{
    private bool _subsequentEtAl;
    private bool _personLevelsPrimaryOnly;

    private void Disambiguate()
    {
        var attributes = Style.CitationAttributes;
        var addNames = attributes.GetValueOrDefault("disambiguate-add-names") == "true";
        var addGiven = attributes.GetValueOrDefault("disambiguate-add-givenname") == "true";
        var addYearSuffix = attributes.GetValueOrDefault("disambiguate-add-year-suffix") == "true";
        var rule = attributes.GetValueOrDefault("givenname-disambiguation-rule") ?? "by-cite";
        // "…-with-initials" rules stop at initials; the others may show the whole given name.
        var maxLevel = rule.EndsWith("-with-initials", StringComparison.Ordinal) ? 1 : 2;
        var primaryOnly = rule.StartsWith("primary-name", StringComparison.Ordinal);
        // Ambiguity is judged on the shortest form a cite can take, so that a later short cite stays unambiguous.
        _subsequentEtAl = attributes.ContainsKey("et-al-subsequent-min") || attributes.ContainsKey("et-al-subsequent-use-first");
        if (addGiven && rule != "by-cite")
        {
            _personGivenLevels = PersonGivenLevels(primaryOnly, maxLevel);
            _personLevelsPrimaryOnly = primaryOnly;
        }
        if (_items.Count < 2)
            return;
        var all = Enumerable.Range(0, _items.Count).ToList();
        if (addNames || addGiven)
        {
            foreach (var group in AmbiguousGroups(all))
            {
                foreach (var index in group)
                    Resolve(index, group, addNames, addGiven ? maxLevel : 0, primaryOnly);
            }
        }
        var ambiguous = AmbiguousGroups(all);
        // Before year-suffix: cs:if disambiguate="true" branches (CSL 1.0.2 "Disambiguation", step 4), enabled one test
        // at a time (as citeproc-js does), so that a cite shows no more extra text than it needs.
        for (var level = 1; level <= Style.DisambiguateConditionCount && ambiguous.Count > 0; level++)
        {
            foreach (var group in ambiguous)
            {
                foreach (var i in group)
                    _conditionDisambiguates[i] = level;
            }
            ambiguous = AmbiguousGroups(all);
        }
        if (!addYearSuffix)
            return;
        var rank = new int[_items.Count];
        for (var r = 0; r < _bibliographyOrder.Length; r++)
            rank[_bibliographyOrder[r]] = r;
        foreach (var group in ambiguous)
        {
            var ordered = group.OrderBy(i => rank[i]).ToList();
            for (var k = 0; k < ordered.Count; k++)
                _yearSuffixes[ordered[k]] = Suffix(k);
        }
    }

    /// <summary>
    /// Finds, for one cite of an ambiguous group, the fewest added names and given-name expansions that set it apart from
    /// the others when they are rendered the same way. An expansion is kept only when it reduces the number of cites this
    /// one is confused with; a cite that cannot be told apart at all keeps its base form (a year-suffix may follow).
    /// </summary>
    private void Resolve(int index, List<int> group, bool addNames, int maxLevel, bool primaryOnly)
    {
        var bestClashes = Clashes(index, group, 0, null);
        if (bestClashes == 0)
            return;
        var bestExtra = 0;
        Dictionary<(string, int), int>? bestLevels = null;
        var levels = new Dictionary<(string Variable, int Index), int>();
        var maxExtra = addNames ? _items[index].Names.Values.Select(v => v.Count).DefaultIfEmpty(0).Max() : 0;
        for (var extra = 0; extra <= maxExtra && bestClashes > 0; extra++)
        {
            var current = Clashes(index, group, extra, levels);
            if (maxLevel > 0)
                current = ExpandGivenNames(index, group, extra, levels, current, maxLevel, primaryOnly);
            if (current < bestClashes)
            {
                bestClashes = current;
                bestExtra = extra;
                bestLevels = new Dictionary<(string, int), int>(levels);
            }
        }
        _addNames[index] = bestExtra;
        _citeGivenLevels[index] = bestLevels is { Count: > 0 } ? bestLevels : null;
    }

    private int ExpandGivenNames(int index, List<int> group, int extra, Dictionary<(string Variable, int Index), int> levels,
        int current, int maxLevel, bool primaryOnly)
    {
        foreach (var (variable, names) in _items[index].Names)
        {
            var count = primaryOnly ? 1 : names.Count;
            for (var i = 0; i < count && current > 0; i++)
            {
                var before = levels.GetValueOrDefault((variable, i));
                for (var level = before + 1; level <= maxLevel && current > 0; level++)
                {
                    levels[(variable, i)] = level;
                    var clashes = Clashes(index, group, extra, levels);
                    if (clashes < current)
                    {
                        current = clashes;
                        before = level;
                    }
                }
                if (before == 0)
                    levels.Remove((variable, i));
                else
                    levels[(variable, i)] = before;
            }
            if (primaryOnly)
                break;
        }
        return current;
    }

    /// <summary>How many other cites of <paramref name="group"/> render like <paramref name="index"/> with the same expansions.</summary>
    private int Clashes(int index, List<int> group, int extra, IReadOnlyDictionary<(string Variable, int Index), int>? levels)
    {
        var texts = Forms(index, extra, levels);
        var clashes = 0;
        foreach (var other in group)
        {
            if (other != index && Same(Forms(other, extra, levels), texts))
                clashes++;
        }
        return clashes;
    }

    /// <summary>Two cites are confused when any form they can take (first or subsequent) reads the same.</summary>
    private static bool Same(string[] a, string[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
                return true;
        }
        return false;
    }

    /// <summary>
    /// The cite's first form and, when the style renders later cites differently, its subsequent form: a later short
    /// cite ("Doe, supra note 1") must be unambiguous too (CSL test suite disambiguate_BasedOnSubsequentFormWithBackref2).
    /// </summary>
    private string[] Forms(int index, int extra, IReadOnlyDictionary<(string Variable, int Index), int>? levels) =>
        Style.UsesPositionConditions
            ? [TrialText(index, extra, levels, CslPosition.First), TrialText(index, extra, levels, CslPosition.Subsequent)]
            : [TrialText(index, extra, levels, CslPosition.First)];

    private string TrialText(int index, int extra, IReadOnlyDictionary<(string Variable, int Index), int>? levels, CslPosition position)
    {
        var ctx = new CslContext(_engine, _items[index], isCitation: true)
        {
            Cite = new CslCite(_items[index].Id),
            CitationNumber = _numbers[index],
            AddNames = extra,
            CiteGivenLevels = levels,
            PersonGivenLevels = _personGivenLevels,
            PersonLevelsPrimaryOnly = _personLevelsPrimaryOnly,
            Disambiguating = true,
            SubsequentEtAl = _subsequentEtAl,
            Position = position,
        };
        return CslWriter.Write(CslOut.Join(CslNode.RenderAll(Style.Citation.Children, ctx), null, CslLook.None), Terms, false);
    }

    /// <summary>
    /// givenname-disambiguation-rule all-names / primary-name (and their -with-initials forms): different people sharing a
    /// family name are told apart everywhere in the document, whether or not their cites are ambiguous — with initials
    /// when those differ, else with the whole given name (unless limited to initials, when they stay as they are).
    /// </summary>
    private Dictionary<CslName, int> PersonGivenLevels(bool primaryOnly, int maxLevel)
    {
        var people = new HashSet<CslName>();
        foreach (var item in _items)
        {
            foreach (var (variable, names) in item.Names.OrderBy(n => n.Key == "author" ? 0 : 1))
            {
                foreach (var name in primaryOnly ? names.Take(1) : names)
                {
                    if (name.Literal is null && name.Family is not null)
                        people.Add(name);
                }
                if (primaryOnly)
                    break;
            }
        }
        var result = new Dictionary<CslName, int>();
        foreach (var sameFamily in people.GroupBy(p => (p.NonDroppingParticle, p.Family)))
        {
            // One person may be written "J. J." in one item and "J.J." in another.
            var persons = sameFamily.GroupBy(p => PersonKey(p.Given), StringComparer.Ordinal).ToList();
            if (persons.Count < 2)
                continue;
            foreach (var person in persons)
            {
                var given = person.First().Given;
                for (var level = 1; level <= maxLevel; level++)
                {
                    var form = PersonKey(GivenForm(given, level));
                    if (persons.All(other => ReferenceEquals(other, person) || PersonKey(GivenForm(other.First().Given, level)) != form))
                    {
                        foreach (var name in person)
                            result[name] = level;
                        break;
                    }
                }
            }
        }
        return result;
    }

    private static string PersonKey(string? given) =>
        string.Concat((given ?? "").Where(c => c != '.' && !char.IsWhiteSpace(c)));

    private static string GivenForm(string? given, int level) =>
        level >= 2 ? given ?? "" : CslNameNode.Initials(given ?? "", ".", initialize: true, hyphen: true);

    private static string Suffix(int k)
    {
        // a … z, then aa, ab … as citeproc-js does.
        return k < 26 ? ((char)('a' + k)).ToString() : Suffix(k / 26 - 1) + (char)('a' + k % 26);
    }

    private List<List<int>> AmbiguousGroups(IEnumerable<int> indices)
    {
        var list = indices.ToList();
        var forms = Style.UsesPositionConditions ? new[] { CslPosition.First, CslPosition.Subsequent } : [CslPosition.First];
        // Cites sharing a rendering in any form are joined into one group (union-find over the forms).
        var parent = list.ToDictionary(i => i, i => i);
        int Root(int i)
        {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        }
        foreach (var position in forms)
        {
            var byText = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var i in list)
            {
                var ctx = Context(i, isCitation: true, new CslCite(_items[i].Id), position, disambiguating: true);
                var kids = CslNode.RenderAll(Style.Citation.Children, ctx);
                var text = CslWriter.Write(CslOut.Join(kids, null, CslLook.None), Terms, false);
                if (byText.TryGetValue(text, out var first))
                    parent[Root(i)] = Root(first);
                else
                    byText[text] = i;
            }
        }
        return list.GroupBy(Root).Select(g => g.ToList()).Where(g => g.Count > 1).ToList();
    }
}
