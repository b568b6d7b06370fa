namespace Revista.Tests.Crossref;

/// <summary>Small JATS articles written for the Crossref tests (never copied from the corpus).</summary>
internal static class CrossrefJats
{
    /// <summary>
    /// A Spanish article with everything a deposit carries: an English trans-title and trans-abstract, people with ORCID
    /// and a ROR affiliation, a group author, a structured abstract with MathML, dates, an e-location id, a licence with
    /// a start date, a funder with its Open Funder Registry DOI, references (one structured with a DOI, one as written)
    /// and an English translation sub-article with its own DOI.
    /// </summary>
    public const string Bilingual = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "JATS-journalpublishing1-3.dtd">
        <article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML"
                 xmlns:ali="http://www.niso.org/schemas/ali/1.0/" article-type="research-article" xml:lang="es">
          <front>
            <journal-meta>
              <journal-id journal-id-type="publisher-id">rp</journal-id>
              <journal-title-group>
                <journal-title>Revista de Pruebas</journal-title>
                <abbrev-journal-title abbrev-type="publisher">Rev Pruebas</abbrev-journal-title>
              </journal-title-group>
              <issn pub-type="ppub">1234-5679</issn>
              <issn pub-type="epub">2345-678X</issn>
              <publisher><publisher-name>Ediciones de Prueba</publisher-name></publisher>
            </journal-meta>
            <article-meta>
              <article-id pub-id-type="doi">10.5555/rp.2025.017</article-id>
              <title-group>
                <article-title>Efecto del <italic>ejercicio</italic> en la artritis</article-title>
                <trans-title-group xml:lang="en"><trans-title>Effect of <italic>exercise</italic> on arthritis</trans-title></trans-title-group>
              </title-group>
              <contrib-group>
                <contrib contrib-type="author">
                  <contrib-id contrib-id-type="orcid">https://orcid.org/0000-0002-1825-0097</contrib-id>
                  <name><surname>Pérez Gil</surname><given-names>Ana María</given-names></name>
                  <xref ref-type="aff" rid="a1"/>
                </contrib>
                <contrib contrib-type="author"><collab>Grupo de Estudio ARTE</collab></contrib>
                <contrib contrib-type="author">
                  <name><surname>Ruiz</surname><given-names>Luis</given-names></name>
                  <xref ref-type="aff" rid="a2"/>
                </contrib>
                <contrib contrib-type="editor"><name><surname>Editora</surname><given-names>Eva</given-names></name></contrib>
              </contrib-group>
              <aff id="a1"><label>1</label>
                <institution-wrap>
                  <institution-id institution-id-type="ror">https://ror.org/02gfys938</institution-id>
                  <institution content-type="orgname">Universidad de Prueba</institution>
                </institution-wrap>, <addr-line>Sevilla</addr-line>, <country country="ES">España</country>
              </aff>
              <aff id="a2"><label>2</label>Hospital General, Madrid, España</aff>
              <pub-date publication-format="electronic" date-type="pub"><day>5</day><month>3</month><year>2025</year></pub-date>
              <pub-date publication-format="print" date-type="collection"><month>4</month><year>2025</year></pub-date>
              <volume>12</volume>
              <issue>2</issue>
              <elocation-id>e017</elocation-id>
              <history>
                <date date-type="received"><day>1</day><month>10</month><year>2024</year></date>
                <date date-type="accepted"><day>20</day><month>1</month><year>2025</year></date>
              </history>
              <permissions>
                <license xlink:href="https://creativecommons.org/licenses/by/4.0/">
                  <ali:license_ref start_date="2025-03-05">https://creativecommons.org/licenses/by/4.0/</ali:license_ref>
                  <license-p>CC BY 4.0.</license-p>
                </license>
              </permissions>
              <abstract>
                <sec><title>Objetivo</title><p>Medir el efecto <xref ref-type="bibr" rid="r1">1</xref> con <inline-formula><mml:math><mml:mi>p</mml:mi><mml:mo>&lt;</mml:mo><mml:mn>0.05</mml:mn></mml:math></inline-formula>.</p></sec>
                <sec><title>Resultados</title><p>Mejoría <bold>clara</bold>.</p></sec>
              </abstract>
              <trans-abstract xml:lang="en"><p>We measured the <italic>effect</italic>.</p></trans-abstract>
              <funding-group>
                <award-group>
                  <funding-source>
                    <institution-wrap>
                      <institution>Fundación de Prueba</institution>
                      <institution-id institution-id-type="doi">10.13039/501100004837</institution-id>
                    </institution-wrap>
                  </funding-source>
                  <award-id>PID2020-1234</award-id>
                </award-group>
              </funding-group>
            </article-meta>
          </front>
          <body><p>Texto.</p></body>
          <back>
            <ref-list>
              <ref id="r1"><element-citation publication-type="journal">
                <person-group person-group-type="author"><name><surname>Smith</surname><given-names>J</given-names></name></person-group>
                <article-title>A cited work</article-title><source>J Tests</source><year>2020</year><volume>1</volume><fpage>1</fpage><lpage>2</lpage>
                <pub-id pub-id-type="doi">10.5555/cited.1</pub-id>
              </element-citation></ref>
              <ref id="r2"><mixed-citation publication-type="book">Jones A. <source>A Book</source>. Madrid: Prensa; 2019.</mixed-citation></ref>
            </ref-list>
          </back>
          <sub-article article-type="translation" id="s1" xml:lang="en">
            <front-stub>
              <article-id pub-id-type="doi">10.5555/rp.2025.017.en</article-id>
              <title-group><article-title>Effect of <italic>exercise</italic> on arthritis</article-title></title-group>
              <contrib-group>
                <contrib contrib-type="translator"><name><surname>Brown</surname><given-names>Tom</given-names></name></contrib>
              </contrib-group>
              <abstract><p>Translated <italic>abstract</italic>.</p></abstract>
            </front-stub>
            <body><p>Text.</p></body>
          </sub-article>
        </article>
        """;

    /// <summary>An article with no DOI, pages instead of an e-location id, and a person whose name Crossref refuses.</summary>
    public const string WithoutDoi = """
        <article article-type="editorial" xml:lang="en">
          <front>
            <journal-meta><journal-title-group><journal-title>Test Journal</journal-title></journal-title-group></journal-meta>
            <article-meta>
              <title-group><article-title>No DOI here</article-title></title-group>
              <pub-date pub-type="epub"><year>2024</year></pub-date>
              <fpage>10</fpage><lpage>12</lpage>
            </article-meta>
          </front>
        </article>
        """;

    /// <summary><see cref="WithoutDoi"/> with a DOI and an author whose name lost its first letter to an encoding slip ("?lvarez"), which Crossref refuses.</summary>
    public static string WithDoiAndBadName(string doi) => WithoutDoi
        .Replace("<title-group>", $"<article-id pub-id-type=\"doi\">{doi}</article-id><title-group>", StringComparison.Ordinal)
        .Replace("<pub-date", """<contrib-group><contrib contrib-type="author"><name><surname>?lvarez</surname><given-names>Inés</given-names></name></contrib><contrib contrib-type="author"><name><surname>Okafor</surname><given-names>Ngozi</given-names></name></contrib></contrib-group><pub-date""", StringComparison.Ordinal);
}
