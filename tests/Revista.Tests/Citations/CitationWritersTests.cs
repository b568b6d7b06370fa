using System.Text.Json.Nodes;
using Revista.Citations;

namespace Revista.Tests.Citations;

public sealed class CitationWritersTests
{
    internal static readonly CitationRecord Article = new()
    {
        Id = "10.5555/rcra.2026.0042",
        Title = "Crowned dens & the 100% {odd} case_1: C$ #2 ^ ~ \\ of María Ñúñez–Çelik",
        Authors =
        [
            new CitationName("García-López", "María José", Orcid: "0000-0002-1825-0097"),
            new CitationName("Øster", "Åsa", "Jr"),
            new CitationName(null, null, Literal: "Grupo de Estudio de Reumatología"),
        ],
        ContainerTitle = "Revista Clínica de Reumatología",
        ContainerTitleShort = "Rev Clin Reumatol",
        Issns = ["2444-0000"],
        Volume = "12",
        Issue = "5",
        FirstPage = "312",
        LastPage = "313",
        Issued = new CitationDate(2026, 9, 15),
        Doi = "10.5555/rcra.2026.0042",
        Pmid = "40000001",
        Url = "https://journal.example/rcra/articles/7",
        Publisher = "Sociedad Española",
        Language = "es",
        Abstract = "Line one\nline two.",
        Keywords = ["Cervicalgia", "Calcio"],
    };

    [Fact]
    public void Ris_writes_one_tag_per_line_and_closes_each_record()
    {
        var ris = RisWriter.Write([Article, Article with { Id = "2", Type = CitationType.Book, Title = "A book" }]);

        var lines = ris.Split("\r\n");
        Assert.Equal("TY  - JOUR", lines[0]);
        Assert.Contains("AU  - García-López, María José", lines);
        Assert.Contains("AU  - Øster, Åsa, Jr", lines);
        Assert.Contains("AU  - Grupo de Estudio de Reumatología", lines);
        Assert.Contains("DA  - 2026/09/15/", lines);
        Assert.Contains("SP  - 312", lines);
        Assert.Contains("EP  - 313", lines);
        Assert.Contains("AB  - Line one line two.", lines);
        Assert.Contains("TY  - BOOK", lines);
        Assert.Equal(2, lines.Count(l => l == "ER  - "));
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Matches("^[A-Z][A-Z0-9]  - ", l));
    }

    [Fact]
    public void BibTex_escapes_tex_specials_and_writes_accents_as_commands()
    {
        var bib = BibTexWriter.Write([Article]);

        Assert.Contains(@"title = {{Crowned dens \& the 100\% \{odd\} case\_1: C\$ \#2 \textasciicircum{} \textasciitilde{} \textbackslash{} of Mar{\'i}a {\~N}{\'u}{\~n}ez--{\c{C}}elik}},", bib, StringComparison.Ordinal);
        Assert.Contains(@"author = {Garc{\'i}a-L{\'o}pez, Mar{\'i}a Jos{\'e} and {\O}ster, Jr, {\r{A}}sa and {Grupo de Estudio de Reumatolog{\'i}a}},", bib, StringComparison.Ordinal);
        Assert.Contains("pages = {312--313},", bib, StringComparison.Ordinal);
        Assert.Contains("month = sep,", bib, StringComparison.Ordinal);
        Assert.StartsWith("@article{GarciaLopez2026Crowned,", bib, StringComparison.Ordinal);
        Assert.DoesNotContain(bib, c => c > 127);
    }

    [Fact]
    public void BibTex_keys_are_unique_within_a_file()
    {
        var bib = BibTexWriter.Write([Article, Article, Article with { Authors = [], Title = "" }]);

        Assert.Contains("@article{GarciaLopez2026Crowned,", bib, StringComparison.Ordinal);
        Assert.Contains("@article{GarciaLopez2026Crowneda,", bib, StringComparison.Ordinal);
        Assert.Contains("@article{ref2026,", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Csl_json_uses_the_schema_names_and_date_parts()
    {
        var item = JsonNode.Parse(CslJsonWriter.Write([Article]))!.AsArray().Single()!;

        Assert.Equal("article-journal", (string?)item["type"]);
        Assert.Equal("García-López", (string?)item["author"]![0]!["family"]);
        Assert.Equal("Grupo de Estudio de Reumatología", (string?)item["author"]![2]!["literal"]);
        Assert.Equal("312-313", (string?)item["page"]);
        Assert.Equal("[[2026,9,15]]", item["issued"]!["date-parts"]!.ToJsonString());
        Assert.Equal("10.5555/rcra.2026.0042", (string?)item["DOI"]);
        Assert.Equal("Rev Clin Reumatol", (string?)item["container-title-short"]);
    }

    [Fact]
    public void Csl_json_puts_an_elocation_id_in_page_when_there_are_no_pages()
    {
        var item = JsonNode.Parse(CslJsonWriter.Write([Article with { FirstPage = null, LastPage = null, ElocationId = "e1000359" }]))!.AsArray().Single()!;

        Assert.Equal("e1000359", (string?)item["page"]);
    }

    [Fact]
    public void EndNote_writes_percent_tags_with_a_blank_line_between_records()
    {
        var enw = EndNoteWriter.Write([Article, Article]);

        var lines = enw.Split('\n');
        Assert.Equal("%0 Journal Article", lines[0]);
        Assert.Contains("%A García-López, María José", lines);
        Assert.Contains("%J Revista Clínica de Reumatología", lines);
        Assert.Contains("%P 312-313", lines);
        Assert.Contains("%R 10.5555/rcra.2026.0042", lines);
        Assert.Equal(2, lines.Count(l => l == "%0 Journal Article"));
        Assert.Contains("", lines);
    }

    [Fact]
    public void Medline_writes_padded_tags_wrapped_at_eighty_columns()
    {
        var nbib = MedlineWriter.Write([Article with { Abstract = string.Join(' ', Enumerable.Repeat("word", 60)) }]);

        var lines = nbib.Split('\n');
        Assert.Equal("PMID- 40000001", lines[0]);
        Assert.Contains("FAU - García-López, María José", lines);
        Assert.Contains("AU  - García-López MJ", lines);
        Assert.Contains("AUID- ORCID: 0000-0002-1825-0097", lines);
        Assert.Contains("LA  - spa", lines);
        Assert.Contains("DP  - 2026 Sep 15", lines);
        Assert.Contains("PG  - 312-313", lines);
        Assert.Contains("LID - 10.5555/rcra.2026.0042 [doi]", lines);
        Assert.Contains("SO  - Rev Clin Reumatol. 2026 Sep 15;12(5):312-313. doi: 10.5555/rcra.2026.0042.", lines);
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
        Assert.Contains(lines, l => l.StartsWith("      word", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "fre")]
    [InlineData("de", "ger")]
    [InlineData("pt", "por")]
    [InlineData("en", "eng")]
    public void Medline_names_languages_with_bibliographic_codes(string language, string code)
    {
        Assert.Contains("LA  - " + code + "\n", MedlineWriter.Write([Article with { Language = language }]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("journal", null, null, CitationType.JournalArticle)]
    [InlineData("book-chapter", null, null, CitationType.Chapter)]
    [InlineData("WEB", null, null, CitationType.Webpage)]
    [InlineData(null, "Lancet", "12", CitationType.JournalArticle)]
    [InlineData(null, "Some book", null, CitationType.Other)]
    [InlineData("other", null, null, CitationType.Other)]
    public void Maps_jats_publication_types(string? publicationType, string? source, string? volume, CitationType type)
    {
        Assert.Equal(type, CitationTypes.Of(publicationType, source, volume));
    }
}
