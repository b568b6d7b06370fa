using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Revista.Crossref;

/// <summary>
/// A Crossref deposit (doi_batch, schema 5.4.0) built one article at a time. Articles of the same journal issue share
/// one &lt;journal&gt; element, as the schema asks ("to register items from more than one issue you must use multiple
/// journal instances"). An article that cannot be registered (no DOI) is left out and named in <see cref="Problems"/>.
/// </summary>
public sealed partial class CrossrefDeposit
{
    public const string SchemaVersion = "5.4.0";

    internal static readonly XNamespace Cr = "http://www.crossref.org/schema/5.4.0";
    internal static readonly XNamespace Jats = "http://www.ncbi.nlm.nih.gov/JATS1";
    internal static readonly XNamespace Fr = "http://www.crossref.org/fundref.xsd";
    internal static readonly XNamespace Ai = "http://www.crossref.org/AccessIndicators.xsd";
    internal static readonly XNamespace Rel = "http://www.crossref.org/relations.xsd";
    internal static readonly XNamespace MathML = "http://www.w3.org/1998/Math/MathML";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly CrossrefDepositor _depositor;
    private readonly DateTimeOffset _timestamp;
    private readonly List<XElement> _journals = [];
    private readonly Dictionary<(int JournalId, int? IssueId), XElement> _journalOf = [];
    private readonly List<string> _problems = [];

    public CrossrefDeposit(CrossrefDepositor depositor, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(depositor);
        _depositor = depositor;
        _timestamp = timestamp.ToUniversalTime();
    }

    /// <summary>journal_article records written so far (an article with a translation that has its own DOI counts twice).</summary>
    public int RecordCount { get; private set; }

    /// <summary>Articles left out, and fields left out because Crossref would refuse them; one sentence each.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>head/doi_batch_id: unique per submission (Crossref rejects a repeated id), derived from the timestamp.</summary>
    public string BatchId => "revista-" + Timestamp;

    // head/timestamp must grow from one deposit of a DOI to the next; milliseconds since the epoch written as digits do.
    private string Timestamp => _timestamp.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public void Add(CrossrefWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var article = work.Row;
        var doi = CrossrefText.Doi(work.Jats.Doi ?? article.Doi);
        if (doi is null)
        {
            _problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"article {article.Id} (\"{CrossrefText.Shorten(article.Title, 60)}\") has no DOI (10.NNNN/…); left out of the deposit."));
            return;
        }
        var key = (article.JournalId, article.IssueId);
        if (!_journalOf.TryGetValue(key, out var journal))
        {
            journal = new XElement(Cr + "journal", JournalMetadata(work), JournalIssue(work));
            _journalOf[key] = journal;
            _journals.Add(journal);
        }
        journal.Add(JournalArticle(work, doi));
        RecordCount++;
        foreach (var translation in TranslationRecords(work, doi))
        {
            journal.Add(translation);
            RecordCount++;
        }
    }

    public XDocument ToDocument() => new(
        new XDeclaration("1.0", "UTF-8", null),
        new XElement(Cr + "doi_batch",
            new XAttribute("version", SchemaVersion),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(XNamespace.Xmlns + "jats", Jats),
            new XAttribute(XNamespace.Xmlns + "fr", Fr),
            new XAttribute(XNamespace.Xmlns + "ai", Ai),
            new XAttribute(XNamespace.Xmlns + "rel", Rel),
            new XAttribute(XNamespace.Xmlns + "mml", MathML),
            new XAttribute(Xsi + "schemaLocation", Cr.NamespaceName + " https://www.crossref.org/schemas/crossref5.4.0.xsd"),
            Head(),
            new XElement(Cr + "body", _journals)));

    /// <summary>The deposit as UTF-8 XML, indented.</summary>
    public void Save(Stream output)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  " };
        using var writer = XmlWriter.Create(output, settings);
        ToDocument().Save(writer);
    }

    public string ToXml()
    {
        using var buffer = new MemoryStream();
        Save(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private XElement Head() => new(Cr + "head",
        new XElement(Cr + "doi_batch_id", BatchId),
        new XElement(Cr + "timestamp", Timestamp),
        new XElement(Cr + "depositor",
            new XElement(Cr + "depositor_name", CrossrefText.Shorten(_depositor.Name, 130)),
            new XElement(Cr + "email_address", _depositor.Email)),
        new XElement(Cr + "registrant", CrossrefText.Shorten(_depositor.Registrant, 255)));

    private static XElement JournalMetadata(CrossrefWork work)
    {
        var journal = work.Row.Journal ?? throw new InvalidOperationException("CrossrefWork.Row.Journal must be loaded.");
        var language = CrossrefText.Language(journal.Languages.FirstOrDefault() ?? work.Jats.Language);
        return new XElement(Cr + "journal_metadata",
            language is null ? null : new XAttribute("language", language),
            new XElement(Cr + "full_title", CrossrefText.Shorten(journal.Title, 255)),
            CrossrefText.Limit(journal.AbbreviatedTitle, 150) is { } abbreviation ? new XElement(Cr + "abbrev_title", abbreviation) : null,
            Issn(journal.PrintIssn, "print"),
            Issn(journal.ElectronicIssn, "electronic"));
    }

    private static XElement? Issn(string? issn, string mediaType) =>
        issn is not null && CrossrefText.IsIssn(issn) ? new XElement(Cr + "issn", new XAttribute("media_type", mediaType), issn) : null;

    /// <summary>journal_issue: the issue's date (publication_date is required there), volume and number.</summary>
    private static XElement? JournalIssue(CrossrefWork work)
    {
        var issue = work.Row.Issue;
        if (issue is null)
            return null;
        var date = issue.PublishedOn is { } on
            ? new CrossrefDate(on.Year, on.Month, on.Day)
            : issue.Year is { } year ? new CrossrefDate(year, null, null) : OnlineDate(work) ?? PrintDate(work) ?? Fallback(work);
        var mediaType = work.Row.Journal?.PrintIssn is not null && PrintDate(work) is not null ? "print" : "online";
        return new XElement(Cr + "journal_issue",
            date.ToElement("publication_date", mediaType),
            CrossrefText.Limit(issue.Volume, 32) is { } volume ? new XElement(Cr + "journal_volume", new XElement(Cr + "volume", volume)) : null,
            CrossrefText.Limit(issue.Number, 32) is { } number ? new XElement(Cr + "issue", number) : null);
    }
}
