namespace Revista.Citations;

/// <summary>Per-render state: the item, the cite, the mode, and the bookkeeping for group suppression and substitution.</summary>
internal sealed class CslContext
{
    public CslContext(CslEngine engine, CslItem item, bool isCitation)
    {
        Engine = engine;
        Item = item;
        IsCitation = isCitation;
    }

    public CslEngine Engine { get; }
    public CslItem Item { get; }
    public bool IsCitation { get; }
    public CslCite? Cite { get; init; }
    public CslPosition Position { get; init; } = CslPosition.First;
    public int CitationNumber { get; init; }
    public string? YearSuffix { get; init; }

    /// <summary>Rendering a sort key: names in sort order, dates and numbers as sortable strings.</summary>
    public bool SortMode { get; init; }

    public int? SortNamesMin { get; init; }
    public int? SortNamesUseFirst { get; init; }
    public bool? SortNamesUseLast { get; init; }

    /// <summary>Disambiguation: extra names shown beyond et-al-use-first.</summary>
    public int AddNames { get; init; }

    /// <summary>Given-name expansion chosen for this cite (variable, position → 1 initials, 2 full given name).</summary>
    public IReadOnlyDictionary<(string Variable, int Index), int>? CiteGivenLevels { get; init; }

    /// <summary>Given-name expansion chosen for a person across the document (givenname-disambiguation-rule all-names, primary-name …).</summary>
    public IReadOnlyDictionary<CslName, int>? PersonGivenLevels { get; init; }

    /// <summary>The person expansions apply to the first name of a list only (primary-name rules).</summary>
    public bool PersonLevelsPrimaryOnly { get; init; }

    /// <summary>
    /// Name truncation follows et-al-subsequent-min/-use-first whatever the position: ambiguity is judged on the shortest
    /// form a cite can take (CSL test suite disambiguate_BasedOnEtAlSubsequent).
    /// </summary>
    public bool SubsequentEtAl { get; init; }

    /// <summary>
    /// How many cs:if disambiguate="true" tests hold for this item, counted in rendering order: disambiguation enables
    /// them one at a time until the cite is unambiguous (0 until it reaches that step).
    /// </summary>
    public int DisambiguateConditions { get; init; }

    /// <summary>The disambiguate="true" tests met so far in this rendering.</summary>
    public int DisambiguateTestsSeen { get; set; }

    /// <summary>The year-suffix is rendered once, after the first issued year.</summary>
    public bool YearSuffixRendered { get; set; }

    /// <summary>True while rendering for the ambiguity check, where year-suffix must not be shown.</summary>
    public bool Disambiguating { get; init; }

    public int VariablesCalled { get; set; }
    public int VariablesRendered { get; set; }

    public HashSet<string>? Substituted { get; set; }
    public bool InSubstitute { get; set; }
    public CslNamesNode? SubstituteParent { get; set; }

    public CslTerms Terms => Engine.Terms;

    /// <summary>How far the given name of the name at <paramref name="index"/> of <paramref name="variable"/> is expanded (0 as styled).</summary>
    public int GivenLevel(string variable, int index, CslName name)
    {
        if (!IsCitation)
            return 0;
        var cite = CiteGivenLevels is not null && CiteGivenLevels.TryGetValue((variable, index), out var c) ? c : 0;
        var person = PersonGivenLevels is not null && (index == 0 || !PersonLevelsPrimaryOnly) && PersonGivenLevels.TryGetValue(name, out var p) ? p : 0;
        return Math.Max(cite, person);
    }

    public bool IsSuppressed(string variable) => Substituted is not null && Substituted.Contains(variable);

    public void Used(string variable)
    {
        if (InSubstitute)
            (Substituted ??= new HashSet<string>(StringComparer.Ordinal)).Add(variable);
    }

    /// <summary>An inheritable name option: the element's own value, then cs:citation/cs:bibliography, then cs:style.</summary>
    public string? Inherit(IReadOnlyDictionary<string, string> own, string attribute)
    {
        if (own.TryGetValue(attribute, out var v))
            return v;
        var layoutAttributes = IsCitation ? Engine.Style.CitationAttributes : Engine.Style.BibliographyAttributes;
        if (layoutAttributes.TryGetValue(attribute, out v))
            return v;
        return Engine.Style.StyleAttributes.GetValueOrDefault(attribute);
    }
}

/// <summary>Cite positions (CSL 1.0.2 "position" condition).</summary>
public enum CslPosition
{
    First,
    Subsequent,
    Ibid,
    IbidWithLocator,
}
