namespace Revista.Citations;

/// <summary>JATS publication-type values (JATS Tag Library, @publication-type: suggested values and those met in the wild) as <see cref="CitationType"/>.</summary>
public static class CitationTypes
{
    private static readonly Dictionary<string, CitationType> ByPublicationType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["journal"] = CitationType.JournalArticle,
        ["article"] = CitationType.JournalArticle,
        ["periodical"] = CitationType.JournalArticle,
        ["book"] = CitationType.Book,
        ["chapter"] = CitationType.Chapter,
        ["book-chapter"] = CitationType.Chapter,
        ["confproc"] = CitationType.ConferencePaper,
        ["conf-proc"] = CitationType.ConferencePaper,
        ["conference"] = CitationType.ConferencePaper,
        ["thesis"] = CitationType.Thesis,
        ["dissertation"] = CitationType.Thesis,
        ["report"] = CitationType.Report,
        ["gov"] = CitationType.Report,
        ["standard"] = CitationType.Report,
        ["web"] = CitationType.Webpage,
        ["webpage"] = CitationType.Webpage,
        ["website"] = CitationType.Webpage,
        ["data"] = CitationType.Dataset,
        ["dataset"] = CitationType.Dataset,
        ["database"] = CitationType.Dataset,
        ["patent"] = CitationType.Patent,
        ["preprint"] = CitationType.Preprint,
    };

    /// <summary>The type named by JATS; without one, a reference with a source and a volume reads as a journal article.</summary>
    public static CitationType Of(string? publicationType, string? source = null, string? volume = null) =>
        publicationType is not null && ByPublicationType.TryGetValue(publicationType.Trim(), out var type) ? type
        : source is not null && volume is not null ? CitationType.JournalArticle
        : CitationType.Other;
}
