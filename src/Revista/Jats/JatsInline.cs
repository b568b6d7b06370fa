using System.Collections.Frozen;
using System.Text;
using System.Xml.Linq;

namespace Revista.Jats;

/// <summary>
/// Text and safe HTML of the short JATS parts the reader keeps (titles, names, affiliations, abstracts, notes,
/// licences, citations). All HTML comes from the same allow-list writer as <see cref="JatsHtml"/>.
/// </summary>
public static class JatsInline
{
    /// <summary>Elements whose children are separate words even when the file writes no space between them.</summary>
    private static readonly FrozenSet<string> SeparatedParts = FrozenSet.ToFrozenSet(
    [
        "name", "string-name", "person-group", "element-citation", "nlm-citation", "aff", "addr-line", "contrib",
        "contrib-group", "institution-wrap", "kwd-group", "def-item", "table", "thead", "tbody", "tfoot", "tr",
        "list", "def-list", "permissions", "license", "date", "pub-date", "conf-date",
    ], StringComparer.Ordinal);

    /// <summary>Text that is not shown as words: alternatives to something shown, files, index terms, identifiers.</summary>
    private static readonly FrozenSet<string> Unspoken = FrozenSet.ToFrozenSet(
    [
        "alt-text", "long-desc", "graphic", "inline-graphic", "media", "index-term", "index-term-range-end",
        "object-id", "fn", "glyph-data", "glyph-ref", "annotation", "annotation-xml",
    ], StringComparer.Ordinal);

    [ThreadStatic] private static StringBuilder? cachedBuilder;

    /// <summary>
    /// Plain text: whitespace collapsed and trimmed, a direct label left out (callers keep labels apart), xref text
    /// kept, TeX kept for formulas (preferred over MathML in alternatives), footnotes inside the element left out.
    /// </summary>
    public static string ToText(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var builder = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        builder.Clear();
        AppendChildren(builder, element, isRoot: true);
        var end = builder.Length;
        while (end > 0 && builder[end - 1] == ' ') end--;
        var result = builder.ToString(0, end);
        if (builder.Capacity <= 16 * 1024) cachedBuilder = builder;
        return result;
    }

    /// <summary>Safe inline HTML (i, b, sup, sub, span.sc, code, links, MathML) of the element's content; block structure is flattened.</summary>
    public static string ToHtml(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return new JatsHtml.Writer(null, null).InlineOf(element);
    }

    public static JatsText ToJatsText(XElement element) => new(ToText(element), ToHtml(element));

    /// <summary>
    /// Safe block HTML for abstracts, notes and licences: paragraphs, sections with h3 headings (h4 below), lists,
    /// inline markup. The element's own title and label are left to the caller, which shows them as its heading.
    /// </summary>
    public static string ToBlockHtml(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return new JatsHtml.Writer(null, null).BlocksOf(element);
    }

    private static void AppendChildren(StringBuilder builder, XElement element, bool isRoot)
    {
        var separated = SeparatedParts.Contains(element.Name.LocalName);
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                AppendCollapsed(builder, text.Value);
                continue;
            }

            if (node is not XElement child) continue;
            if (separated) AppendSpace(builder);
            AppendElement(builder, child, isRoot);
        }
    }

    private static void AppendElement(StringBuilder builder, XElement e, bool parentIsRoot)
    {
        var name = e.Name.LocalName;
        if (e.Name.NamespaceName.Length != 0)
        {
            if (e.Name.NamespaceName == JatsHtml.Writer.MathMLNamespace) AppendMath(builder, e);
            return;
        }

        switch (name)
        {
            case "label" when parentIsRoot:
                return;
            case "alternatives":
                var pick = e.Element("tex-math") ?? e.Elements().FirstOrDefault(c => c.Name.LocalName == "math") ?? e.Elements().FirstOrDefault();
                if (pick is not null) AppendElement(builder, pick, parentIsRoot: false);
                return;
            case "tex-math":
                AppendCollapsed(builder, JatsHtml.Writer.TexContent(e.Value));
                return;
            case "math":
                AppendMath(builder, e);
                return;
            case "break":
                AppendSpace(builder);
                return;
            case "etal" when !e.Nodes().Any():
                AppendSpace(builder);
                builder.Append("et al.");
                return;
        }

        if (Unspoken.Contains(name)) return;
        var block = JatsHtml.Writer.BlockNames.Contains(name) || name is "list-item" or "td" or "th" or "term" or "def";
        if (block) AppendSpace(builder);
        AppendChildren(builder, e, isRoot: false);
        if (block) AppendSpace(builder);
    }

    /// <summary>MathML text in reading order; annotations (often the TeX source again) are left out.</summary>
    private static void AppendMath(StringBuilder builder, XElement e)
    {
        foreach (var node in e.Nodes())
        {
            if (node is XText text) AppendCollapsed(builder, text.Value.Trim());
            else if (node is XElement child && child.Name.LocalName is not ("annotation" or "annotation-xml"))
            {
                AppendMath(builder, child);
            }
        }
    }

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
    }

    private static void AppendCollapsed(StringBuilder builder, string text)
    {
        var runStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not (' ' or '\n' or '\r' or '\t')) continue;
            builder.Append(text, runStart, i - runStart);
            if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
            runStart = i + 1;
        }

        builder.Append(text, runStart, text.Length - runStart);
    }
}
