namespace Revista.Journals;

/// <summary>A journal title in another language (JATS trans-title-group/@xml:lang).</summary>
public sealed record JournalTitle(string Language, string Title);
