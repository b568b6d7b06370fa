using Revista.Citations;

namespace Revista.Tests.Citations;

/// <summary>Small styles and items written for the unit tests.</summary>
internal static class CslFixtures
{
    public static CslStyle Style(string citationLayout, string? bibliographyLayout = null, string styleAttributes = "",
        string citationAttributes = "", string bibliographyAttributes = "", string macros = "", string locale = "",
        string bibliographySort = "", string citationSort = "") => CslStyle.Parse($"""
        <?xml version="1.0" encoding="utf-8"?>
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" {styleAttributes}>
          <info><title>Test</title><id>test</id></info>
          {locale}
          {macros}
          <citation {citationAttributes}>
            {(citationSort.Length > 0 ? "<sort>" + citationSort + "</sort>" : "")}
            <layout>{citationLayout}</layout>
          </citation>
          {(bibliographyLayout is null ? "" : $"<bibliography {bibliographyAttributes}>{(bibliographySort.Length > 0 ? "<sort>" + bibliographySort + "</sort>" : "")}<layout>{bibliographyLayout}</layout></bibliography>")}
        </style>
        """, "test.csl");

    public static IReadOnlyList<CslItem> Items(string json) => CslItem.ParseJson(json, "test.json");

    public static CslItem Item(string json) => CslItem.ParseJson(json, "test.json")[0];

    public static CslProcessor Processor(CslStyle style, string locale = "en-US") =>
        new(style, CslCatalog.Locale(locale), CslCatalog.Locale("en-US"));

    /// <summary>The plain-text citation of one item.</summary>
    public static string Cite(CslStyle style, string itemJson, string locale = "en-US") =>
        Processor(style, locale).Citation([Item(itemJson)]);

    public static string CiteHtml(CslStyle style, string itemJson) =>
        Processor(style).Citation([Item(itemJson)], html: true);

    public static IReadOnlyList<string> Bibliography(CslStyle style, string itemsJson, string locale = "en-US") =>
        Processor(style, locale).Bibliography(Items(itemsJson)).Entries.Select(e => e.Text).ToList();
}
