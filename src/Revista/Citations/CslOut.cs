namespace Revista.Citations;

/// <summary>
/// Rendered output before serialisation: a leaf of text or a sequence of children joined by a delimiter, wrapped in a
/// look (affixes, formatting, quotes, display). Kept as a tree so text and HTML are written from the same rendering and
/// punctuation can be merged across element boundaries.
/// </summary>
internal sealed class CslOut
{
    public CslOut(string text, CslLook? look = null)
    {
        Text = text;
        Look = look ?? CslLook.None;
    }

    public CslOut(List<CslOut> kids, string? delimiter, CslLook? look = null)
    {
        Kids = kids;
        Delimiter = delimiter;
        Look = look ?? CslLook.None;
    }

    public string? Text { get; set; }
    public List<CslOut>? Kids { get; set; }
    public string? Delimiter { get; }
    public CslLook Look { get; set; }

    /// <summary>Output of the first cs:names of an entry, for subsequent-author-substitute.</summary>
    public bool IsNames { get; set; }

    /// <summary>The formatted names of one variable inside a cs:names output, without its label.</summary>
    public bool IsNameList { get; set; }

    /// <summary>Output of the issued year, where a year-suffix is appended.</summary>
    public bool IsYear { get; set; }

    /// <summary>The outputs of a cs:choose branch, spliced into the parent's children.</summary>
    public bool IsSplice { get; set; }

    /// <summary>Text from data protected from case changes (a span with class "nocase").</summary>
    public bool NoCase { get; set; }

    /// <summary>Text of a locale term (cs:text term), which a note citation capitalises when it opens the cite.</summary>
    public bool IsTerm { get; set; }

    public static CslOut? Join(List<CslOut> kids, string? delimiter, CslLook look)
    {
        if (kids.Count == 0)
            return null;
        if (kids.Count == 1 && look.IsEmpty)
            return kids[0];
        return new CslOut(kids, delimiter, look);
    }

    /// <summary>Leaves in document order (for text-case and plain-text comparison).</summary>
    public IEnumerable<CslOut> Leaves()
    {
        if (Kids is null)
        {
            yield return this;
            yield break;
        }
        foreach (var k in Kids)
        {
            foreach (var l in k.Leaves())
                yield return l;
        }
    }

    /// <summary>The name lists below this output, in document order.</summary>
    public IEnumerable<CslOut> NameLists()
    {
        if (IsNameList)
        {
            yield return this;
            yield break;
        }
        if (Kids is null)
            yield break;
        foreach (var k in Kids)
        {
            foreach (var l in k.NameLists())
                yield return l;
        }
    }

    public CslOut? FindNames()
    {
        if (IsNames)
            return this;
        if (Kids is null)
            return null;
        foreach (var k in Kids)
        {
            if (k.FindNames() is { } found)
                return found;
        }
        return null;
    }
}
