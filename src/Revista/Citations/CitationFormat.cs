namespace Revista.Citations;

/// <summary>An export format: the file extension it is served under, its media type and its writer.</summary>
public sealed record CitationFormat(string Extension, string Name, string MediaType, Func<IEnumerable<CitationRecord>, string> Write)
{
    public static IReadOnlyList<CitationFormat> All { get; } =
    [
        new("ris", "RIS", RisWriter.MediaType, RisWriter.Write),
        new("bib", "BibTeX", BibTexWriter.MediaType, BibTexWriter.Write),
        new("json", "CSL-JSON", CslJsonWriter.MediaType, CslJsonWriter.Write),
        new("enw", "EndNote", EndNoteWriter.MediaType, EndNoteWriter.Write),
        new("nbib", "MEDLINE", MedlineWriter.MediaType, MedlineWriter.Write),
    ];

    public static CitationFormat? Find(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));
}
