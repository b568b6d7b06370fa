using System.Text;
using Revista.Articles;
using Revista.Jats;

namespace Revista.Tests.Articles;

/// <summary>Hand-built parsed articles (what the JATS reader would produce) for the upsert and query tests.</summary>
internal static class SampleArticles
{
    public static readonly DateTimeOffset Now = new(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2));

    public static JatsJournal Journal(string title = "Revista de Pruebas Clínicas", string? printIssn = "1234-5679", string? electronicIssn = "2345-678X", string abbreviation = "Rev Prueb Clin") => new()
    {
        Title = title,
        JournalIds = [new JatsId("nlm-ta", abbreviation), new JatsId("publisher-id", "rpc")],
        AbbreviatedTitles = [new JatsId("publisher", abbreviation)],
        Issns =
        [
            .. printIssn is null ? [] : new[] { new JatsId("ppub", printIssn) },
            .. electronicIssn is null ? [] : new[] { new JatsId("epub", electronicIssn) },
        ],
        TransTitles = [new JatsTransTitle("en", new JatsText("Journal of Clinical Trials", "Journal of Clinical Trials"), null)],
        PublisherName = "Editorial Ejemplo",
        PublisherLocation = "Madrid",
    };

    public static JatsArticle Article(string? doi = "10.5555/rpc.2014.0042", string? publisherId = "RPC-42", JatsJournal? journal = null) => new()
    {
        Language = "es",
        ArticleType = "research-article",
        Journal = journal ?? Journal(),
        Ids =
        [
            .. doi is null ? [] : new[] { new JatsId("doi", doi) },
            .. publisherId is null ? [] : new[] { new JatsId("publisher-id", publisherId) },
            new JatsId("pmid", "24000042"),
        ],
        Section = "Originales",
        Subjects = [new JatsSubject("heading", "Originales")],
        Title = new JatsText("Efecto del ejercicio en la artritis", "Efecto del ejercicio en la <i>artritis</i>"),
        TransTitles = [new JatsTransTitle("en", new JatsText("Effect of exercise in arthritis", "Effect of exercise in <i>arthritis</i>"), null)],
        Contributors =
        [
            new JatsContributor
            {
                Surname = "Sallés", GivenNames = "Meritxell", Orcid = "0000-0002-1825-0097", IsCorresponding = true,
                Emails = ["msalles@example.org"], AffiliationIds = ["aff1"], Roles = [new JatsRole("Writing – original draft", "Writing – original draft", "https://credit.niso.org/contributor-roles/writing-original-draft/")],
            },
            new JatsContributor { Surname = "Wang", GivenNames = "Wei", NameStyle = "eastern", AffiliationIds = ["aff1", "aff2"] },
            new JatsContributor { Collab = "Grupo de Estudio ARTEX" },
        ],
        Affiliations =
        [
            new JatsAffiliation { Id = "aff1", Label = "a", Text = "Hospital Clínic, Barcelona, España", Institutions = ["Hospital Clínic"], Country = "España", CountryCode = "ES", InstitutionIds = [new JatsId("ror", "https://ror.org/02a2kzf50")] },
            new JatsAffiliation { Id = "aff2", Label = "b", Text = "Peking University, Beijing, China", Institutions = ["Peking University"], Country = "China" },
        ],
        AuthorNotes = [new JatsNote("fn1", "corresp", "*", null, new JatsText("Corresponding author.", "<p>Corresponding author.</p>"))],
        PubDates =
        [
            new JatsDate { Type = "epub", Year = 2014, Month = 8, Day = 20 },
            new JatsDate { Type = "ppub", Year = 2014, Season = "Sep-Oct" },
        ],
        HistoryDates = [new JatsDate { Type = "received", Year = 2014, Month = 2, Day = 3 }, new JatsDate { Type = "accepted", Year = 2014, Month = 6, Day = 1 }],
        Volume = "10",
        Issue = "5",
        FirstPage = "271",
        LastPage = "276",
        Permissions = new JatsPermissions
        {
            CopyrightStatement = "© 2014 Los autores",
            CopyrightYear = "2014",
            Licenses = [new JatsLicense("https://creativecommons.org/licenses/by/4.0/", "open-access", null, new JatsText("CC BY 4.0", "CC BY 4.0"))],
        },
        Abstracts =
        [
            new JatsAbstract { Language = "es", Html = "<p>Resumen.</p>", Text = "Resumen." },
            new JatsAbstract { Language = "en", IsTranslation = true, Html = "<p>Abstract.</p>", Text = "Abstract." },
        ],
        KeywordGroups =
        [
            new JatsKeywordGroup("es", null, "Palabras clave", ["Artritis", "Ejercicio"]),
            new JatsKeywordGroup("en", null, "Keywords", ["Arthritis", "Exercise"]),
        ],
        Funding = [new JatsFunding("Instituto de Salud Carlos III", "https://doi.org/10.13039/501100004587", ["PI12/00001"], null)],
        References =
        [
            new JatsReference
            {
                Id = "bib1", Label = "1", PublicationType = "journal", Authors = [new JatsName("Smith", "J", null, null)], HasEtAl = true,
                ArticleTitle = "Exercise and joints", Source = "J Rheum", Year = "2010", Volume = "3", FirstPage = "1", LastPage = "9",
                Doi = "10.5555/jr.2010.1", Text = "Smith J, et al. Exercise and joints. J Rheum. 2010;3:1-9.", Html = "Smith J, et al. Exercise and joints. <i>J Rheum</i>. 2010;3:1-9.",
            },
            new JatsReference { Id = "bib2", Label = "2", PublicationType = "book", Authors = [new JatsName(null, null, null, "WHO")], Source = "Guidelines", Year = "2012", Text = "WHO. Guidelines. 2012.", Html = "WHO. Guidelines. 2012." },
        ],
        Figures = [new JatsFigure("f1", "Figura 1", new JatsText("Diseño del estudio.", "Diseño del <b>estudio</b>."), null, ["gr1.jpg"], null)],
        Supplements = [new JatsSupplement("s1", "Material adicional", new JatsText("Datos.", "Datos."), "mmc1.xlsx", null)],
        Footnotes = [new JatsNote("fn2", "conflict", null, null, new JatsText("Sin conflictos.", "<p>Sin conflictos.</p>"))],
        Notes = [new JatsNote(null, "please-cite", null, "Cómo citar", new JatsText("Sallés M. Rev Prueb Clin. 2014.", "<p>Sallés M. Rev Prueb Clin. 2014.</p>"))],
        SubArticles =
        [
            new JatsSubArticle
            {
                Id = "sa1", ArticleType = "translation", Language = "en", IsTranslation = true,
                Title = new JatsText("Effect of exercise in arthritis", "Effect of exercise in <i>arthritis</i>"),
                Contributors = [new JatsContributor { Surname = "Sallés", GivenNames = "Meritxell" }],
            },
        ],
    };

    /// <summary>Fragments whose text carries <paramref name="marker"/>, so a test can tell which version's HTML is stored.</summary>
    public static RenderedArticle Rendered(string marker = "") => new(
        [
            new HtmlFragment("es", null, false, $"<section><p>Texto{marker}.</p></section>"),
            new HtmlFragment("en", "sa1", true, $"<section><p>Text{marker}.</p></section>"),
        ],
        []);

    public static ImportedAsset Figure(string sha256, string href = "gr1.jpg") =>
        new(href, "figure", "f1", sha256, 1234, "image/jpeg", 640, 480, href);

    public static ArticleUpsertInput Input(JatsArticle article, string xml = "<article>uno</article>", string? journalSlug = null, IReadOnlyList<ImportedAsset>? assets = null) =>
        new(article, Encoding.UTF8.GetBytes(xml), "articulo.xml", Rendered(" " + System.Xml.Linq.XElement.Parse(xml).Value), assets ?? [], journalSlug, Now);
}
