namespace Revista.Statistics;

/// <summary>
/// The COUNTER R5.1 metrics of one journal article over a period, after robots and double-clicks are removed, plus the
/// requests split by format for the article's chart. Unique counts are per user session (§7.3), so they add up over
/// days and months of one article (a session never spans two days) but not over formats.
/// </summary>
public sealed class UsageCounts
{
    public int TotalItemInvestigations { get; set; }
    public int UniqueItemInvestigations { get; set; }
    public int TotalItemRequests { get; set; }
    public int UniqueItemRequests { get; set; }
    /// <summary>Total_Item_Requests of the HTML full text (not a COUNTER metric; shown on the article's chart).</summary>
    public int HtmlRequests { get; set; }
    /// <summary>Total_Item_Requests of the PDF (not a COUNTER metric; shown on the article's chart).</summary>
    public int PdfRequests { get; set; }

    public bool IsEmpty => TotalItemInvestigations == 0 && TotalItemRequests == 0;

    public void Add(UsageCounts other)
    {
        TotalItemInvestigations += other.TotalItemInvestigations;
        UniqueItemInvestigations += other.UniqueItemInvestigations;
        TotalItemRequests += other.TotalItemRequests;
        UniqueItemRequests += other.UniqueItemRequests;
        HtmlRequests += other.HtmlRequests;
        PdfRequests += other.PdfRequests;
    }
}
