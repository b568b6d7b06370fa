using System.Text;
using System.Xml.Linq;

namespace Revista.Jats;

/// <summary>
/// Text and safe HTML of the short JATS parts the reader keeps (titles, names, affiliations, abstracts, notes,
/// licences, citations). All HTML comes from the same allow-list writer as <see cref="JatsHtml"/>.
/// </summary>
public static class JatsInline
{
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
        AppendChildren(builder, element, isRoot: true, separated: RoleOf(element.Name.LocalName) == TextRole.Separated);
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

    /// <summary>How plain text treats an element.</summary>
    private enum TextRole
    {
        Inline,
        /// <summary>A paragraph-like element: words never run into its neighbours.</summary>
        Block,
        /// <summary>Its children are separate words even when the file writes no space between them (name parts, citation fields).</summary>
        Separated,
        /// <summary>Not read as words: alternatives to something shown, files, index terms, identifiers, footnotes.</summary>
        Unspoken,
    }

    private static TextRole RoleOf(string name) => name switch
    {
        "p" or "sec" or "title" or "list" or "list-item" or "def-list" or "def-item" or "term" or "def" or "td" or "th"
            or "tr" or "table" or "thead" or "tbody" or "tfoot" or "caption" or "disp-quote" or "boxed-text" or "fig"
            or "table-wrap" or "disp-formula" or "license-p" or "ref" or "mixed-citation" or "speech" or "statement"
            or "verse-line" or "attrib" or "preformat" or "ack" or "app" or "notes" or "fn-group" or "ref-list" => TextRole.Block,
        "name" or "string-name" or "person-group" or "element-citation" or "nlm-citation" or "aff" or "addr-line"
            or "contrib" or "contrib-group" or "institution-wrap" or "kwd-group" or "permissions" or "license" or "date"
            or "pub-date" or "conf-date" => TextRole.Separated,
        "alt-text" or "long-desc" or "graphic" or "inline-graphic" or "media" or "index-term" or "index-term-range-end"
            or "object-id" or "fn" or "glyph-data" or "glyph-ref" or "annotation" or "annotation-xml" => TextRole.Unspoken,
        _ => TextRole.Inline,
    };

    private static void AppendChildren(StringBuilder builder, XElement element, bool isRoot, bool separated)
    {
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
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
        if (e.Name.NamespaceName.Length != 0)
        {
            if (e.Name.NamespaceName == JatsHtml.Writer.MathMLNamespace) AppendMath(builder, e);
            return;
        }

        var name = e.Name.LocalName;
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
            case "etal" when e.FirstNode is null:
                AppendSpace(builder);
                builder.Append("et al.");
                return;
        }

        switch (RoleOf(name))
        {
            case TextRole.Unspoken:
                return;
            case TextRole.Block:
                AppendSpace(builder);
                AppendChildren(builder, e, isRoot: false, separated: false);
                AppendSpace(builder);
                return;
            case TextRole.Separated:
                AppendChildren(builder, e, isRoot: false, separated: true);
                return;
            default:
                AppendChildren(builder, e, isRoot: false, separated: false);
                return;
        }
    }

    /// <summary>MathML text in reading order; annotations (often the TeX source again) are left out.</summary>
    private static void AppendMath(StringBuilder builder, XElement e)
    {
        for (var node = e.FirstNode; node is not null; node = node.NextNode)
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
