using System.Globalization;
using System.Text;

namespace Revista.Bench;

/// <summary>
/// A JATS 1.3 research article of typical size written from its number alone: three authors with affiliations, an
/// English abstract with a Spanish trans-title and trans-abstract, keywords in both languages, four body sections with
/// citations and a table, 25 references. Same number, same bytes; nothing is copied from a real article.
/// </summary>
internal static class SyntheticJats
{
    public const string JournalSlug = "bench";

    private static readonly string[] Words =
    [
        "patients", "cohort", "clinical", "outcome", "analysis", "treatment", "inflammation", "joint", "serum", "imaging",
        "response", "therapy", "trial", "baseline", "follow-up", "marker", "risk", "disease", "cells", "protein",
        "significant", "observed", "compared", "measured", "reported", "associated", "increased", "reduced", "group", "study",
    ];

    private static readonly string[] Palabras =
    [
        "pacientes", "cohorte", "clínico", "resultado", "análisis", "tratamiento", "inflamación", "articulación", "suero",
        "imagen", "respuesta", "terapia", "ensayo", "riesgo", "enfermedad", "células", "proteína", "grupo", "estudio",
    ];

    private static readonly string[] Sections = ["Original Articles", "Reviews", "Case Reports", "Letters"];

    private static readonly string[] BodySections = ["Introduction", "Methods", "Results", "Discussion"];

    /// <summary>Article <paramref name="n"/> (from 0) of issue n / issueSize + 1 of volume 1, pages in issue order.</summary>
    public static string Article(int n, int issueSize)
    {
        var random = new Random(n);
        var issue = n / issueSize + 1;
        var firstPage = (n % issueSize * 10) + 1;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article" dtd-version="1.3" xml:lang="en">
            <front>
            <journal-meta>
            <journal-id journal-id-type="publisher-id">bench</journal-id>
            <journal-title-group><journal-title>Journal of Synthetic Benchmarks</journal-title><abbrev-journal-title>J Synth Bench</abbrev-journal-title></journal-title-group>
            <issn pub-type="epub">0000-0035</issn>
            <publisher><publisher-name>Revista Bench Press</publisher-name></publisher>
            </journal-meta>
            <article-meta>
            <article-id pub-id-type="doi">10.5555/bench.{n}</article-id>
            <article-categories><subj-group subj-group-type="heading"><subject>{Sections[n % Sections.Length]}</subject></subj-group></article-categories>
            <title-group>
            <article-title>Article {n}: {Sentence(random, Words, 9)}</article-title>
            <trans-title-group xml:lang="es"><trans-title>Artículo {n}: {Sentence(random, Palabras, 9)}</trans-title></trans-title-group>
            </title-group>
            <contrib-group>
            """);
        for (var a = 1; a <= 3; a++)
        {
            var corresponding = a == 1 ? " corresp=\"yes\"" : "";
            text.Append(CultureInfo.InvariantCulture, $"""
                <contrib contrib-type="author"{corresponding}><contrib-id contrib-id-type="orcid">https://orcid.org/0000-0002-{1000 + (n % 9000):D4}-{(a * 1111) % 10000:D4}</contrib-id><name><surname>Surname{n % 997}x{a}</surname><given-names>Given {a}</given-names></name><xref ref-type="aff" rid="aff{a}"><sup>{(char)('a' + a - 1)}</sup></xref></contrib>
                """).Append('\n');
        }
        text.Append("</contrib-group>\n");
        for (var a = 1; a <= 3; a++)
            text.Append(CultureInfo.InvariantCulture, $"<aff id=\"aff{a}\"><label>{(char)('a' + a - 1)}</label><institution>Department {a}, University Hospital {n % 50}</institution>, <country country=\"ES\">Spain</country></aff>\n");
        text.Append(CultureInfo.InvariantCulture, $"""
            <author-notes><corresp id="c1">Corresponding author: <email>author{n}@example.org</email></corresp></author-notes>
            <pub-date pub-type="epub"><day>{1 + (n % 28)}</day><month>{1 + (issue - 1) % 12}</month><year>2025</year></pub-date>
            <volume>1</volume><issue>{issue}</issue><fpage>{firstPage}</fpage><lpage>{firstPage + 9}</lpage>
            <history><date date-type="received"><day>2</day><month>1</month><year>2025</year></date><date date-type="accepted"><day>20</day><month>2</month><year>2025</year></date></history>
            <permissions><copyright-statement>© 2025 The authors</copyright-statement><copyright-year>2025</copyright-year><license license-type="open-access" xlink:href="https://creativecommons.org/licenses/by/4.0/"><license-p>This is an open access article under the CC BY 4.0 licence.</license-p></license></permissions>
            <abstract><sec><title>Background</title><p>{Sentence(random, Words, 40)}.</p></sec><sec><title>Results</title><p>{Sentence(random, Words, 60)}.</p></sec></abstract>
            <trans-abstract xml:lang="es"><title>Resumen</title><p>{Sentence(random, Palabras, 90)}.</p></trans-abstract>
            <kwd-group xml:lang="en"><kwd>{Words[n % Words.Length]}</kwd><kwd>{Words[(n + 7) % Words.Length]}</kwd><kwd>{Words[(n + 13) % Words.Length]}</kwd></kwd-group>
            <kwd-group xml:lang="es"><kwd>{Palabras[n % Palabras.Length]}</kwd><kwd>{Palabras[(n + 5) % Palabras.Length]}</kwd></kwd-group>
            <funding-group><award-group><funding-source>Agencia Estatal de Investigación</funding-source><award-id>PID2025-{n:D5}</award-id></award-group></funding-group>
            </article-meta>
            </front>
            <body>
            """);
        foreach (var (title, s) in BodySections.Select((t, i) => (t, i)))
        {
            text.Append(CultureInfo.InvariantCulture, $"<sec id=\"s{s + 1}\"><title>{title}</title>\n");
            for (var p = 0; p < 4; p++)
            {
                var cited = 1 + ((s * 4) + p) % 25;
                text.Append(CultureInfo.InvariantCulture, $"<p>{Sentence(random, Words, 80)} <xref ref-type=\"bibr\" rid=\"r{cited}\">{cited}</xref>. {Sentence(random, Words, 40)}.</p>\n");
            }
            if (s == 2)
            {
                text.Append("<table-wrap id=\"t1\"><label>Table 1</label><caption><p>Baseline characteristics.</p></caption><table><thead><tr><th>Variable</th><th>Group A</th><th>Group B</th></tr></thead><tbody>");
                for (var r = 0; r < 8; r++)
                    text.Append(CultureInfo.InvariantCulture, $"<tr><td>{Words[(n + r) % Words.Length]}</td><td>{random.Next(10, 99)}</td><td>{random.Next(10, 99)}</td></tr>");
                text.Append("</tbody></table></table-wrap>\n");
            }
            text.Append("</sec>\n");
        }
        text.Append("</body>\n<back><ref-list><title>References</title>\n");
        for (var r = 1; r <= 25; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                <ref id="r{r}"><label>{r}</label><element-citation publication-type="journal"><person-group person-group-type="author"><name><surname>Author{r}</surname><given-names>A</given-names></name><name><surname>Other{r}</surname><given-names>B</given-names></name></person-group><article-title>{Sentence(random, Words, 10)}</article-title><source>J Clin Stud</source><year>{2000 + r % 25}</year><volume>{r}</volume><fpage>{r * 10}</fpage><lpage>{r * 10 + 8}</lpage><pub-id pub-id-type="doi">10.5555/ref.{n}.{r}</pub-id></element-citation></ref>
                """).Append('\n');
        }
        text.Append("</ref-list></back>\n</article>\n");
        return text.ToString();
    }

    private static string Sentence(Random random, string[] words, int length)
    {
        var sentence = new StringBuilder();
        for (var i = 0; i < length; i++)
            sentence.Append(i == 0 ? "" : " ").Append(words[random.Next(words.Length)]);
        sentence[0] = char.ToUpperInvariant(sentence[0]);
        return sentence.ToString();
    }
}
