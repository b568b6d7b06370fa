namespace Revista.Citations;

/// <summary>One cite inside a citation: which item, and the cite-level data CSL-JSON citation items carry.</summary>
public sealed record CslCite(string Id)
{
    public string? Locator { get; init; }

    /// <summary>Locator term name ("page", "chapter", "figure" …); "page" when a locator has none.</summary>
    public string? Label { get; init; }

    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    public bool SuppressAuthor { get; init; }
    public bool AuthorOnly { get; init; }

    /// <summary>Note number for note styles (first-reference-note-number, near-note); 0 for in-text citations.</summary>
    public int NoteNumber { get; init; }

    /// <summary>
    /// A position the caller already knows (a word processor tracking its notes, citeproc-js's citation item
    /// "position"); null lets the document work it out from the citations before (CSL 1.0.2 "Position").
    /// </summary>
    public CslPosition? Position { get; init; }

    /// <summary>Set by the document: the item was last cited within near-note-distance notes.</summary>
    internal bool NearNote { get; init; }
}
