using System.Text.Json;
using System.Text.RegularExpressions;
using Revista.Citations;

namespace Revista.Tests.Citations;

/// <summary>
/// Our processor against citeproc-js (../shared/csl/oracle-citeprocjs.json): 60 real references, each formatted alone as
/// a bibliography in 4 styles × 2 locales (text for both, HTML for en-US), plus two in-text citations. Styles and
/// locales are loaded from our shipped copies (byte-identical to the ones the oracle used).
/// Normalisation, only what the oracle's wrapper requires: the HTML strings are citation-js's whole bibliography
/// (csl-bib-body, then a csl-entry div carrying its data-csl-entry-id attribute); we compare the csl-entry content.
/// </summary>
public sealed partial class CitationOracleTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Combinations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var style in new[] { "nlm-citation-sequence", "apa", "american-medical-association", "iso690-author-date-es" })
        {
            data.Add(style, "en-US", "text");
            data.Add(style, "en-US", "html");
            data.Add(style, "es-ES", "text");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Bibliography_entries_match_citeproc_js(string style, string locale, string format)
    {
        var oracle = Oracle.Load(SharedCsl.Require());
        var processor = CslCatalog.Processor(style, locale);
        var key = $"{style}|{locale}|{format}";
        var mismatches = new List<string>();
        var compared = 0;
        foreach (var (item, expectedByKey) in oracle.Entries)
        {
            if (!expectedByKey.TryGetValue(key, out var expected))
                continue;
            compared++;
            var entry = Assert.Single(processor.Bibliography([item]).Entries);
            var actual = format == "html" ? entry.Html : entry.Text;
            if (format == "html")
                expected = EntryContent(expected);
            if (actual != expected)
                mismatches.Add($"{item.Id}\n  expected: {expected}\n  actual:   {actual}");
        }
        output.WriteLine($"{key}: {compared - mismatches.Count}/{compared} match");
        foreach (var m in mismatches)
            output.WriteLine(m);
        Assert.Equal(60, compared);
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("nlm-citation-sequence", "citation_nlm_en")]
    [InlineData("apa", "citation_apa_en")]
    public void Citations_match_citeproc_js(string style, string field)
    {
        var oracle = Oracle.Load(SharedCsl.Require());
        var processor = CslCatalog.Processor(style, "en-US");
        var mismatches = new List<string>();
        foreach (var (item, citations) in oracle.Citations)
        {
            var actual = processor.Citation([item]);
            if (actual != citations[field])
                mismatches.Add($"{item.Id}: expected {citations[field]} actual {actual}");
        }
        foreach (var m in mismatches)
            output.WriteLine(m);
        Assert.Equal(60, oracle.Citations.Count);
        Assert.Empty(mismatches);
    }

    private static string EntryContent(string html)
    {
        var m = EntryPattern().Match(html);
        Assert.True(m.Success, "oracle HTML does not have the expected csl-bib-body/csl-entry shape: " + html);
        return m.Groups[1].Value;
    }

    [GeneratedRegex("^<div class=\"csl-bib-body\">\\n  <div data-csl-entry-id=\"[^\"]*\" class=\"csl-entry\">(.*)</div>\\n</div>$", RegexOptions.Singleline)]
    private static partial Regex EntryPattern();

    private sealed record Oracle(
        List<(CslItem Item, Dictionary<string, string> Bibliography)> Entries,
        List<(CslItem Item, Dictionary<string, string> Citations)> Citations)
    {
        private static readonly Lazy<Oracle> Cached = new(() => Read(Path.Combine(SharedCsl.Folder!, "oracle-citeprocjs.json")));

        public static Oracle Load(string folder)
        {
            _ = folder;
            return Cached.Value;
        }

        private static Oracle Read(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var entries = new List<(CslItem, Dictionary<string, string>)>();
            var citations = new List<(CslItem, Dictionary<string, string>)>();
            var index = 0;
            foreach (var element in document.RootElement.GetProperty("items").EnumerateArray())
            {
                var item = CslItem.FromJson(element.GetProperty("csl"), path, index++);
                var bibliography = element.GetProperty("bibliography").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
                entries.Add((item, bibliography));
                citations.Add((item, new Dictionary<string, string>
                {
                    ["citation_nlm_en"] = element.GetProperty("citation_nlm_en").GetString()!,
                    ["citation_apa_en"] = element.GetProperty("citation_apa_en").GetString()!,
                }));
            }
            return new Oracle(entries, citations);
        }
    }
}
