using System.Text.RegularExpressions;
using System.Xml.Linq;
using static Revista.Tests.Crossref.CrossrefFixtures;

namespace Revista.Tests.Crossref;

/// <summary>
/// Our deposit of each of the oracle's input JATS files, compared field by field with eLife's expected deposit of the
/// same article (schema 5.5.0; the record with the same DOI): DOI, title, authors in order, ORCIDs, affiliations,
/// online date, volume, issue, pages, article number, licences, funding, abstract text and the number of cited DOIs.
/// The differences we make on purpose are listed with their reason (docs/crossref.md repeats them); any other
/// difference fails, and so does a listed difference that no longer occurs.
/// </summary>
public sealed partial class CrossrefOracleTests
{
    private static readonly Dictionary<string, string> OnPurpose = new()
    {
        ["bmjopen-4-e003269.xml affiliations"] =
            "the authors' xref to their aff has no rid (only the text \"1\"); eLife deposits the label \"1\" as the institution, we deposit no affiliation rather than a wrong one",
        ["bmjopen-4-e003269.xml issue"] = "the JATS gives issue 1; eLife's generator never writes an issue (eLife has none), we deposit the issue the JATS gives",
        ["cstp77-jats.xml issue"] = "as above: issue 1 in the JATS",
        ["up-sta-example.xml issue"] = "as above: issue 1 in the JATS",
        ["cstp77-jats.xml licences"] = "the JATS carries a CC BY 4.0 licence that eLife's expected deposit leaves out; we deposit it",
        ["elife-00666.xml licences"] = "eLife adds its author-instructions page as a licence of its own; we deposit only the licences the JATS gives",
        ["elife-02020-v1.xml licences"] = "as above: eLife's author-instructions page",
        ["elife-00508-v1.xml affiliations"] = "Finkbeiner links six affs; eLife's generator drops the sixth (Taube–Koret Center), we deposit all six",
        ["elife-1234567890-v2.xml contributors"] = "James Gilbert is a member of a group author (contrib-group inside collab); eLife lists group members, we deposit the byline: the group",
        ["elife-1234567890-v2.xml orcids"] = "follows from the group member above",
        ["elife-1234567890-v2.xml affiliations"] = "follows from the group member above",
        ["elife-1234567890-v2.xml funding"] = "an award-id holds the funder's DOI (10.13039/501100001824); eLife drops it, we deposit the award id as written",
        ["elife-1234567890-v2.xml abstract"] = "eLife writes a formula's <alternatives> and TeX source as escaped text; we keep the MathML and leave the TeX out",
        ["elife_poa_e02725.xml online date"] = "the JATS has no pub-date: eLife writes the date it ran (2017-07-17), we the date the article row was published",
        ["elife_poa_e02725.xml volume"] = "the JATS has no volume: eLife computes one from the year (eLife-specific), we invent none",
    };

    [Fact]
    public void Every_oracle_input_has_an_expected_record_with_its_doi()
    {
        var (inputs, expected) = Load();

        var missing = inputs.Where(i => !expected.ContainsKey(i.Fields["doi"])).Select(i => i.Name).ToList();

        // The one preprint is posted_content in eLife's deposit (a journal_article in ours: Revista publishes journals).
        Assert.Equal(["elife-preprint-94685-v2.xml"], missing);
        Assert.Equal(19, inputs.Count);
    }

    [Fact]
    public void Fields_match_eLife_s_expected_deposits_except_the_differences_made_on_purpose()
    {
        var (inputs, expected) = Load();
        var differences = new Dictionary<string, string>();
        var compared = 0;
        foreach (var input in inputs)
        {
            if (!expected.TryGetValue(input.Fields["doi"], out var theirs))
                continue;
            foreach (var (field, ours) in input.Fields)
            {
                compared++;
                var value = field == "abstract" ? ElifeDoiParagraph().Replace(ours, "") : ours;
                if (value != theirs[field])
                    differences[$"{input.Name} {field}"] = $"ours: {Cut(value)}\ntheirs: {Cut(theirs[field])}";
            }
        }

        var unexpected = differences.Keys.Except(OnPurpose.Keys).Order(StringComparer.Ordinal).ToList();
        var gone = OnPurpose.Keys.Except(differences.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0, "unexpected differences:\n" + string.Join("\n", unexpected.Select(k => k + "\n" + differences[k])));
        Assert.True(gone.Count == 0, "listed differences that no longer occur: " + string.Join(", ", gone));
        Assert.True(compared >= 18 * 14, $"only {compared} fields compared");
    }

    private sealed record Input(string Name, IReadOnlyDictionary<string, string> Fields);

    private static (List<Input> Inputs, Dictionary<string, IReadOnlyDictionary<string, string>> Expected) Load()
    {
        var folder = CrossrefOracle.Require();
        var expected = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "expected_crossref_5.5.0"), "*.xml").Order(StringComparer.Ordinal))
        {
            foreach (var article in XDocument.Load(file).Descendants().Where(e => e.Name.LocalName == "journal_article"))
            {
                var fields = CrossrefFields.Of(article);
                expected.TryAdd(fields["doi"], fields);
            }
        }
        var inputs = Directory.GetFiles(Path.Combine(folder, "input_jats"), "*.xml").Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileName(path), Deposit: Deposit(Work(File.ReadAllBytes(path), path)).ToDocument()))
            .Select(d => new Input(d.Name, CrossrefFields.Of(d.Deposit.Descendants().First(e => e.Name.LocalName == "journal_article"))))
            .ToList();
        return (inputs, expected);
    }

    private static string Cut(string text) => text.Length > 400 ? text[..400] + "…" : text;

    // eLife abstracts end with a "DOI: http://dx.doi.org/10.7554/eLife.00508.001" paragraph (the abstract's own DOI as a
    // link); it is part of the JATS abstract and we deposit it, eLife's generator drops it. Compared without it.
    [GeneratedRegex(@"DOI:https?://dx\.doi\.org/10\.7554/eLife\.\d+\.\d+$")]
    private static partial Regex ElifeDoiParagraph();
}
