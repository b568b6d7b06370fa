using System.Globalization;
using BenchmarkDotNet.Attributes;
using Revista.Citations;

namespace Revista.Bench;

/// <summary>
/// CSL formatting for a 50-reference article: every reference cited once (one citation each, in document order) and
/// the bibliography, with a processor built once per style and locale as the site does. Citations per second is
/// 50 / the time of <see cref="Cite50"/>; <see cref="Article50"/> is the whole job for one article page (50 citations
/// then the bibliography, one document), <see cref="Grouped10x5"/> ten citations of five cites each (sorted, and
/// collapsed into ranges where the style collapses).
/// </summary>
[MemoryDiagnoser]
public class CitationBenchmarks
{
    private List<CslItem> _items = [];
    private CslProcessor _processor = null!;

    [Params("nlm-citation-sequence", "apa")]
    public string Style { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _processor = CslCatalog.Processor(Style, "en-US");
        var json = "[" + string.Join(",", Enumerable.Range(1, 50).Select(Reference)) + "]";
        _items = CslItem.ParseJson(json, "bench.json").ToList();
    }

    /// <summary>A journal article with 3–8 authors, varying years and pages; a handful share first authors and years.</summary>
    private static string Reference(int i)
    {
        var authors = string.Join(",", Enumerable.Range(0, 3 + i % 6).Select(a =>
            $$"""{"family": "Author{{(i + a) % 17}}", "given": "Given{{a}} Middle"}"""));
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {"id": "ref{{i}}", "type": "article-journal", "title": "A study of topic {{i}}: methods and results",
             "container-title": "Journal of Studies {{i % 7}}", "container-title-short": "J Stud {{i % 7}}", "volume": "{{i}}",
             "issue": "{{i % 4 + 1}}", "page": "{{100 + i}}-{{120 + i}}", "DOI": "10.5555/ref.{{i}}",
             "issued": {"date-parts": [[{{2000 + i % 9}}, {{i % 12 + 1}}]]}, "author": [{{authors}}]}
            """);
    }

    [Benchmark]
    public int Cite50()
    {
        var document = _processor.Document(_items);
        var length = 0;
        foreach (var item in _items)
            length += document.Cite([new CslCite(item.Id)], html: true).Length;
        return length;
    }

    [Benchmark]
    public int Bibliography50() => _processor.Bibliography(_items).Entries.Count;

    [Benchmark]
    public int Article50()
    {
        var document = _processor.Document(_items);
        var length = 0;
        foreach (var item in _items)
            length += document.Cite([new CslCite(item.Id)], html: true).Length;
        foreach (var entry in document.Bibliography().Entries)
            length += entry.Html.Length;
        return length;
    }

    [Benchmark]
    public int Grouped10x5()
    {
        var document = _processor.Document(_items);
        var length = 0;
        for (var c = 0; c < 10; c++)
        {
            // Cites given out of order, so sorting and collapsing have work to do.
            var cites = Enumerable.Range(0, 5).Select(k => new CslCite(_items[c * 5 + (k * 3 % 5)].Id)).ToList();
            length += document.Cite(cites, html: true).Length;
        }
        return length;
    }
}
