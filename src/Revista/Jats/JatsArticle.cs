namespace Revista.Jats;

/// <summary>
/// Everything Revista reads out of one JATS (or NLM 2.x/3.0) article, parsed once at import.
/// Lists keep document order; absent values are null or empty, never invented.
/// </summary>
public sealed record JatsArticle
{
    public string? DtdVersion { get; init; }
    /// <summary>The article's own xml:lang, lower-cased; "en" when the file does not say.</summary>
    public string Language { get; init; } = "en";
    public string? ArticleType { get; init; }
    public JatsJournal Journal { get; init; } = new();
    public IReadOnlyList<JatsId> Ids { get; init; } = [];
    /// <summary>subj-group subjects in order; the display heading ("Images in Clinical Rheumatology") is <see cref="Section"/>.</summary>
    public IReadOnlyList<JatsSubject> Subjects { get; init; } = [];
    public string? Section { get; init; }
    public JatsText Title { get; init; } = JatsText.Empty;
    public JatsText? Subtitle { get; init; }
    public IReadOnlyList<JatsTransTitle> TransTitles { get; init; } = [];
    public IReadOnlyList<JatsContributor> Contributors { get; init; } = [];
    public IReadOnlyList<JatsAffiliation> Affiliations { get; init; } = [];
    public IReadOnlyList<JatsNote> AuthorNotes { get; init; } = [];
    public IReadOnlyList<JatsDate> PubDates { get; init; } = [];
    /// <summary>history dates: received, accepted, rev-recd, …</summary>
    public IReadOnlyList<JatsDate> HistoryDates { get; init; } = [];
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? FirstPage { get; init; }
    public string? LastPage { get; init; }
    public string? ElocationId { get; init; }
    public JatsPermissions Permissions { get; init; } = new();
    public IReadOnlyList<JatsAbstract> Abstracts { get; init; } = [];
    public IReadOnlyList<JatsKeywordGroup> KeywordGroups { get; init; } = [];
    public IReadOnlyList<JatsFunding> Funding { get; init; } = [];
    public string? FundingStatement { get; init; }
    public IReadOnlyList<JatsReference> References { get; init; } = [];
    public IReadOnlyList<JatsFigure> Figures { get; init; } = [];
    public IReadOnlyList<JatsTable> Tables { get; init; } = [];
    public IReadOnlyList<JatsFormula> Formulas { get; init; } = [];
    public IReadOnlyList<JatsSupplement> Supplements { get; init; } = [];
    public IReadOnlyList<JatsNote> Footnotes { get; init; } = [];
    /// <summary>Every file the XML points at (graphic, inline-graphic, media, supplementary-material, self-uri), for the asset store.</summary>
    public IReadOnlyList<JatsAssetReference> AssetReferences { get; init; } = [];
    public IReadOnlyList<JatsSubArticle> SubArticles { get; init; } = [];
    /// <summary>Custom metadata and notes such as "Please cite this article as" (notes/@notes-type, custom-meta).</summary>
    public IReadOnlyList<JatsNote> Notes { get; init; } = [];
    /// <summary>related-article links of article-meta, in order: translations published as their own articles among them.</summary>
    public IReadOnlyList<JatsRelatedArticle> RelatedArticles { get; init; } = [];

    public string? Doi => IdOf("doi");
    public string? Pmid => IdOf("pmid");
    public string? Pmcid => IdOf("pmcid") ?? IdOf("pmc");
    public string? PublisherId => IdOf("publisher-id");

    private string? IdOf(string type) => Ids.FirstOrDefault(i => i.Type == type)?.Value;
}

/// <summary>Text with inline markup: <see cref="Text"/> is plain, <see cref="Html"/> is safe inline HTML (i, b, sup, sub, …).</summary>
public sealed record JatsText(string Text, string Html)
{
    public static readonly JatsText Empty = new("", "");
    public bool IsEmpty => Text.Length == 0;
}

public sealed record JatsId(string Type, string Value);

public sealed record JatsSubject(string? GroupType, string Value);

public sealed record JatsTransTitle(string Language, JatsText Title, JatsText? Subtitle);

public sealed record JatsJournal
{
    /// <summary>journal-id by journal-id-type (nlm-ta, publisher-id, pmc, …).</summary>
    public IReadOnlyList<JatsId> JournalIds { get; init; } = [];
    public string? Title { get; init; }
    public IReadOnlyList<JatsTransTitle> TransTitles { get; init; } = [];
    /// <summary>abbrev-journal-title by abbrev-type (iso-abbrev, publisher, nlm-ta).</summary>
    public IReadOnlyList<JatsId> AbbreviatedTitles { get; init; } = [];
    /// <summary>ISSNs typed "ppub"/"epub" (from pub-type or publication-format); Type "unknown" when the file says nothing.</summary>
    public IReadOnlyList<JatsId> Issns { get; init; } = [];
    public string? PublisherName { get; init; }
    public string? PublisherLocation { get; init; }
}

public sealed record JatsContributor
{
    public string ContribType { get; init; } = "author";
    /// <summary>Set for a group author (collab); then the name parts are null.</summary>
    public string? Collab { get; init; }
    public string? Surname { get; init; }
    public string? GivenNames { get; init; }
    public string? Prefix { get; init; }
    public string? Suffix { get; init; }
    /// <summary>name-style: western, eastern, islensk, given-only.</summary>
    public string NameStyle { get; init; } = "western";
    /// <summary>Bare ORCID iD (0000-0002-1825-0097), normalised from a URL when needed.</summary>
    public string? Orcid { get; init; }
    public bool IsCorresponding { get; init; }
    public bool EqualContribution { get; init; }
    public bool IsDeceased { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
    /// <summary>ids of the aff elements this person belongs to, in order.</summary>
    public IReadOnlyList<string> AffiliationIds { get; init; } = [];
    /// <summary>Affiliations written inside the contrib element itself (no xref); their text.</summary>
    public IReadOnlyList<string> InlineAffiliations { get; init; } = [];
    /// <summary>ids of author-notes footnotes this person points at.</summary>
    public IReadOnlyList<string> NoteIds { get; init; } = [];
    public IReadOnlyList<JatsRole> Roles { get; init; } = [];
    public IReadOnlyList<string> Degrees { get; init; } = [];

    /// <summary>The name as printed in a byline ("Meritxell Sallés", "Wang Wei", "The XYZ Consortium").</summary>
    public string DisplayName => Collab ?? NameStyle switch
    {
        "eastern" => Join(Surname, GivenNames),
        _ => Join(GivenNames, Surname),
    } + (Suffix is null ? "" : " " + Suffix);

    private static string Join(string? a, string? b) => string.Join(' ', new[] { a, b }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>A contributor role; CRediT roles carry vocab-term and its identifier URL.</summary>
public sealed record JatsRole(string Text, string? VocabTerm, string? VocabIdentifier);

public sealed record JatsAffiliation
{
    public string? Id { get; init; }
    public string? Label { get; init; }
    /// <summary>The affiliation as written, without its label.</summary>
    public string Text { get; init; } = "";
    public IReadOnlyList<string> Institutions { get; init; } = [];
    public string? Country { get; init; }
    public string? CountryCode { get; init; }
    /// <summary>institution-id by type (ror, isni, ringgold, …); ROR stored as the full https://ror.org/… URL.</summary>
    public IReadOnlyList<JatsId> InstitutionIds { get; init; } = [];
    public string? Language { get; init; }
}

/// <summary>A note: author note, footnote, custom note. Html is safe block HTML rendered from the note's content.</summary>
public sealed record JatsNote(string? Id, string? Type, string? Label, string? Title, JatsText Content);

/// <summary>A date as the file writes it; missing parts stay null. Season keeps the text ("Sep-Oct").</summary>
public sealed record JatsDate
{
    /// <summary>pub-type / date-type (epub, ppub, collection, received, accepted, …), or "pub" when untyped.</summary>
    public string Type { get; init; } = "pub";
    public string? PublicationFormat { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public string? Season { get; init; }
    /// <summary>@iso-8601-date when present.</summary>
    public string? Iso8601 { get; init; }
    public string? StringDate { get; init; }
}

public sealed record JatsPermissions
{
    public string? CopyrightStatement { get; init; }
    public string? CopyrightYear { get; init; }
    public string? CopyrightHolder { get; init; }
    public IReadOnlyList<JatsLicense> Licenses { get; init; } = [];
}

/// <summary>A licence: the URL from ali:license_ref or license/@xlink:href, and its text.</summary>
public sealed record JatsLicense(string? Url, string? Type, string? Language, JatsText Text);

public sealed record JatsAbstract
{
    public string Language { get; init; } = "en";
    /// <summary>abstract-type (graphical, summary, executive-summary, …); null for the main abstract.</summary>
    public string? Type { get; init; }
    public bool IsTranslation { get; init; }
    public string? Title { get; init; }
    /// <summary>Safe HTML of the abstract body: sections with headings when structured.</summary>
    public string Html { get; init; } = "";
    public string Text { get; init; } = "";
}

public sealed record JatsKeywordGroup(string Language, string? Type, string? Title, IReadOnlyList<string> Keywords);

public sealed record JatsFunding(string? FunderName, string? FunderId, IReadOnlyList<string> AwardIds, string? Recipient);

public sealed record JatsReference
{
    public string? Id { get; init; }
    public string? Label { get; init; }
    /// <summary>publication-type / citation-type (journal, book, web, …).</summary>
    public string? PublicationType { get; init; }
    /// <summary>Person authors as "Surname GivenNames" in order, then collabs; etal noted in <see cref="HasEtAl"/>.</summary>
    public IReadOnlyList<JatsName> Authors { get; init; } = [];
    public IReadOnlyList<JatsName> Editors { get; init; } = [];
    public bool HasEtAl { get; init; }
    public string? ArticleTitle { get; init; }
    public string? Source { get; init; }
    public string? Year { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? FirstPage { get; init; }
    public string? LastPage { get; init; }
    public string? ElocationId { get; init; }
    public string? Publisher { get; init; }
    public string? PublisherLocation { get; init; }
    public string? Doi { get; init; }
    public string? Pmid { get; init; }
    public string? Pmcid { get; init; }
    public string? Uri { get; init; }
    /// <summary>The citation as written (plain text of the citation element).</summary>
    public string Text { get; init; } = "";
    /// <summary>Safe inline HTML of the citation as written.</summary>
    public string Html { get; init; } = "";
    /// <summary>null for the main article's references; the sub-article's id for a ref-list inside a sub-article (a reply with its own references).</summary>
    public string? SubArticleId { get; init; }
}

/// <summary>A person or group name in a reference. Collab is set for groups.</summary>
public sealed record JatsName(string? Surname, string? GivenNames, string? Suffix, string? Collab);

public sealed record JatsFigure(string? Id, string? Label, JatsText Caption, string? AltText, IReadOnlyList<string> GraphicHrefs, string? SubArticleId);

public sealed record JatsTable(string? Id, string? Label, JatsText Caption, string? SubArticleId);

/// <summary>A display formula: Kind is "mathml", "tex" or "graphic".</summary>
public sealed record JatsFormula(string? Id, string? Label, string Kind, string? SubArticleId);

public sealed record JatsSupplement(string? Id, string? Label, JatsText Caption, string? Href, string? MimeType)
{
    /// <summary>null in the main article; the sub-article's id when the supplement belongs to one (a translation repeats them).</summary>
    public string? SubArticleId { get; init; }
}

/// <summary>A file the XML names. Kind is the element (graphic, inline-graphic, media, supplementary-material, self-uri).</summary>
public sealed record JatsAssetReference(string Href, string Kind, string? ElementId, string? MimeType);

/// <summary>
/// A sub-article (or NLM response): a translation (article-type "translation", or a language other than the parent's
/// with the same content), a peer review, a decision letter, an author response.
/// </summary>
public sealed record JatsSubArticle
{
    public string? Id { get; init; }
    public string? ArticleType { get; init; }
    public string Language { get; init; } = "en";
    public bool IsTranslation { get; init; }
    public string? Doi { get; init; }
    public JatsText Title { get; init; } = JatsText.Empty;
    public JatsText? Subtitle { get; init; }
    public IReadOnlyList<JatsContributor> Contributors { get; init; } = [];
    public IReadOnlyList<JatsAffiliation> Affiliations { get; init; } = [];
    public IReadOnlyList<JatsAbstract> Abstracts { get; init; } = [];
    public IReadOnlyList<JatsKeywordGroup> KeywordGroups { get; init; } = [];
    public IReadOnlyList<JatsNote> AuthorNotes { get; init; } = [];
    /// <summary>The enclosing sub-article's id when nested (a reviewer report inside a translation is that report's translation); null at top level.</summary>
    public string? ParentId { get; init; }
    /// <summary>The sub-article's own section heading (front-stub subj-group), e.g. the translated "Original Articles"; same rule as <see cref="JatsArticle.Section"/>.</summary>
    public string? Section { get; init; }
}

/// <summary>
/// A related-article link of article-meta: another published work this one points at (a translation, a correction,
/// a commentary, …), identified by DOI when the link says so.
/// </summary>
public sealed record JatsRelatedArticle
{
    /// <summary>related-article-type as written, lower-cased ("companion", "corrected-article", "translated-article", …).</summary>
    public string Type { get; init; } = "";
    /// <summary>Which way a translation link points; null when the link is not about a translation.</summary>
    public JatsTranslationLink? Translation { get; init; }
    /// <summary>The bare DOI of the other work, from xlink:href with ext-link-type "doi" or a doi.org URL.</summary>
    public string? Doi { get; init; }
    /// <summary>The other work's language when the link carries xml:lang.</summary>
    public string? Language { get; init; }
    /// <summary>The link's text ("Versión en español"), plain.</summary>
    public string? Text { get; init; }
}

/// <summary>The direction of a translation link, named as Crossref relations name it.</summary>
public enum JatsTranslationLink
{
    /// <summary>The other work is a translation of this article.</summary>
    HasTranslation,
    /// <summary>This article is a translation of the other work.</summary>
    IsTranslationOf,
}
