using System.IO.Compression;
using System.Text;

namespace Revista.Tests.Ingest;

/// <summary>Small JATS articles written for these tests, and packages built from them.</summary>
internal static class JatsFixtures
{
    public const string Doctype =
        """<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "JATS-journalpublishing1-3.dtd">""";

    public static string Article(string title = "A test article", string doi = "10.5555/test.1", string graphicHref = "fig1", string extraBody = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        {Doctype}
        <article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="case-report" xml:lang="en">
          <front>
            <journal-meta>
              <journal-id journal-id-type="publisher-id">tj</journal-id>
              <journal-title-group><journal-title>Test Journal</journal-title></journal-title-group>
              <issn pub-type="epub">1234-5679</issn>
              <publisher><publisher-name>Test Press</publisher-name></publisher>
            </journal-meta>
            <article-meta>
              <article-id pub-id-type="doi">{doi}</article-id>
              <article-categories><subj-group subj-group-type="heading"><subject>Case Reports</subject></subj-group></article-categories>
              <title-group><article-title>{title}</article-title></title-group>
              <contrib-group>
                <contrib contrib-type="author"><name><surname>Pérez</surname><given-names>Ana</given-names></name></contrib>
              </contrib-group>
              <pub-date pub-type="epub"><day>3</day><month>2</month><year>2025</year></pub-date>
              <volume>4</volume><issue>1</issue><fpage>10</fpage><lpage>12</lpage>
            </article-meta>
          </front>
          <body>
            <p>Text that cites <xref ref-type="bibr" rid="r1">1</xref> and shows <xref ref-type="fig" rid="f1">Fig. 1</xref>.{extraBody}</p>
            <fig id="f1"><label>Fig. 1</label><caption><p>A figure.</p></caption><graphic xlink:href="{graphicHref}"/></fig>
          </body>
          <back>
            <ref-list><ref id="r1"><label>1</label><element-citation publication-type="journal">
              <person-group person-group-type="author"><name><surname>Smith</surname><given-names>J</given-names></name></person-group>
              <article-title>A cited work</article-title><source>J Tests</source><year>2020</year><volume>1</volume><fpage>1</fpage><lpage>2</lpage>
            </element-citation></ref></ref-list>
          </back>
        </article>
        """;

    public static string WriteFile(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public static string WriteZip(string folder, string name, params (string Entry, byte[] Content)[] entries)
    {
        var path = Path.Combine(folder, name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            using var stream = archive.CreateEntry(entry).Open();
            stream.Write(content);
        }
        return path;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
