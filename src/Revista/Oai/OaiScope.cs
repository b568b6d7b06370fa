namespace Revista.Oai;

/// <summary>
/// The records a setSpec names: a journal ("{slug}") or one of its sections ("{slug}:{section id}"), the colon being the
/// set hierarchy separator of OAI-PMH 2.0 §4.6. <see cref="All"/> is the whole repository.
/// </summary>
public sealed record OaiScope(int? JournalId, int? SectionId)
{
    public static readonly OaiScope All = new(null, null);

    public static string SetSpec(string journalSlug) => journalSlug;

    public static string SetSpec(string journalSlug, int sectionId) =>
        journalSlug + ":" + sectionId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
