namespace Revista.Citations;

/// <summary>
/// One citable work, in the shape every export format shares: an article of ours, or one reference of an article's
/// reference list. The writers turn it into RIS, BibTeX, CSL-JSON, EndNote or MEDLINE text.
/// </summary>
public sealed record CitationRecord
{
    /// <summary>Stable identifier: the DOI when there is one (CSL-JSON id, BibTeX key seed).</summary>
    public required string Id { get; init; }
    public CitationType Type { get; init; } = CitationType.JournalArticle;
    public string? Title { get; init; }
    public IReadOnlyList<CitationName> Authors { get; init; } = [];
    public IReadOnlyList<CitationName> Editors { get; init; } = [];
    /// <summary>The journal (or book, for a chapter; website, for a page).</summary>
    public string? ContainerTitle { get; init; }
    public string? ContainerTitleShort { get; init; }
    public IReadOnlyList<string> Issns { get; init; } = [];
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? FirstPage { get; init; }
    public string? LastPage { get; init; }
    /// <summary>An article number used instead of pages (JATS elocation-id: "e1000359").</summary>
    public string? ElocationId { get; init; }
    public CitationDate? Issued { get; init; }
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public string? Pmcid { get; init; }
    public string? Url { get; init; }
    public string? PdfUrl { get; init; }
    public string? Publisher { get; init; }
    public string? PublisherPlace { get; init; }
    /// <summary>BCP 47 tag ("en", "es").</summary>
    public string? Language { get; init; }
    public string? Abstract { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>"312–313", "e1000359" or "312": the pages as one range with an ASCII hyphen.</summary>
    public string? Pages =>
        FirstPage is { } first
            ? LastPage is { } last && last != first ? first + "-" + last : first
            : ElocationId;
}

/// <summary>A person (family and given names) or an organisation (<see cref="Literal"/>).</summary>
public sealed record CitationName(string? Family, string? Given, string? Suffix = null, string? Literal = null, string? Orcid = null)
{
    /// <summary>"Family, Given, Suffix" as RIS, BibTeX and EndNote want it; the literal name for an organisation.</summary>
    public string Inverted =>
        Literal ?? string.Join(", ", new[] { Family, Given, Suffix }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>A date with as many parts as the source gives.</summary>
public sealed record CitationDate(int Year, int? Month = null, int? Day = null);

/// <summary>The kinds of work the formats distinguish (JATS publication-type values map onto these).</summary>
public enum CitationType
{
    JournalArticle,
    Book,
    Chapter,
    ConferencePaper,
    Thesis,
    Report,
    Webpage,
    Dataset,
    Patent,
    Preprint,
    Other,
}
