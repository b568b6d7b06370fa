using System.Text;

namespace Revista.Jats;

/// <summary>
/// The only way the renderer writes HTML. Tag and attribute names are always constants of our own code; every text and
/// attribute value from the XML passes through <see cref="Text"/> or an Attribute overload, which encode it.
/// XML whitespace runs collapse to one space (HTML rendering would collapse them anyway) except inside pre.
/// </summary>
internal sealed class HtmlMarkup
{
    private readonly StringBuilder builder;

    public HtmlMarkup(int capacity = 4096) => builder = new StringBuilder(capacity);

    public int Length => builder.Length;

    /// <summary>Set while writing the content of pre: whitespace is kept as written.</summary>
    public bool PreserveWhitespace { get; set; }

    public char LastChar => builder.Length == 0 ? '\0' : builder[^1];

    /// <summary>The last character of text written (tags skipped; an entity counts as a letter), or '\0'.</summary>
    public char LastTextChar()
    {
        var i = builder.Length - 1;
        while (i >= 0)
        {
            var c = builder[i];
            if (c == '>')
            {
                while (i >= 0 && builder[i] != '<') i--;
                i--;
                continue;
            }

            if (c is ' ' or '\n')
            {
                i--;
                continue;
            }

            return c == ';' && IsEntityEnd(i) ? 'a' : c;
        }

        return '\0';
    }

    private bool IsEntityEnd(int semicolon)
    {
        for (var i = semicolon - 1; i >= 0 && semicolon - i < 10; i--)
        {
            if (builder[i] == '&') return true;
            if (!char.IsAsciiLetterOrDigit(builder[i]) && builder[i] != '#') return false;
        }

        return false;
    }

    public override string ToString() => builder.ToString();

    public void Truncate(int length) => builder.Length = length;

    /// <summary>Writes "&lt;tag" and leaves the start tag open for attributes.</summary>
    public HtmlMarkup Open(string tag)
    {
        builder.Append('<').Append(tag);
        return this;
    }

    /// <summary>Writes a complete start tag without attributes.</summary>
    public HtmlMarkup Start(string tag)
    {
        builder.Append('<').Append(tag).Append('>');
        return this;
    }

    /// <summary>Writes a start tag with one class from our fixed set.</summary>
    public HtmlMarkup Start(string tag, string cssClass)
    {
        builder.Append('<').Append(tag).Append(" class=\"").Append(cssClass).Append("\">");
        return this;
    }

    public HtmlMarkup Attribute(string name, string? value)
    {
        if (value is null) return this;
        builder.Append(' ').Append(name).Append("=\"");
        AppendEncoded(value, attribute: true);
        builder.Append('"');
        return this;
    }

    public HtmlMarkup Attribute(string name, long value)
    {
        builder.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
        return this;
    }

    /// <summary>A boolean attribute such as download.</summary>
    public HtmlMarkup Flag(string name)
    {
        builder.Append(' ').Append(name);
        return this;
    }

    /// <summary>A class attribute whose value is one of our constants (never from the XML).</summary>
    public HtmlMarkup Class(string cssClass)
    {
        builder.Append(" class=\"").Append(cssClass).Append('"');
        return this;
    }

    /// <summary>An id attribute, sanitised like every id and fragment link the renderer writes.</summary>
    public HtmlMarkup Id(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return this;
        builder.Append(" id=\"");
        AppendId(id);
        builder.Append('"');
        return this;
    }

    /// <summary>href="#id" for an in-page link.</summary>
    public HtmlMarkup FragmentLink(string id)
    {
        builder.Append(" href=\"#");
        AppendId(id);
        builder.Append('"');
        return this;
    }

    public HtmlMarkup Close()
    {
        builder.Append('>');
        return this;
    }

    public HtmlMarkup End(string tag)
    {
        builder.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Closes a block element and starts a new line, which keeps stored fragments readable in diffs.</summary>
    public HtmlMarkup EndBlock(string tag)
    {
        builder.Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>Markup that is a constant of our code (an entity, a void element, a separator).</summary>
    public HtmlMarkup Raw(string constant)
    {
        builder.Append(constant);
        return this;
    }

    public HtmlMarkup Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) AppendEncoded(text, attribute: false);
        return this;
    }

    /// <summary>A space unless the output already ends in whitespace.</summary>
    public void Separator()
    {
        if (builder.Length > 0 && builder[^1] is not (' ' or '\n')) builder.Append(' ');
    }

    private void AppendId(string id)
    {
        var start = builder.Length;
        if (!char.IsAsciiLetter(id[0])) builder.Append("id-");
        foreach (var c in id)
        {
            builder.Append(IsIdChar(c) ? c : '_');
        }

        if (builder.Length == start) builder.Append("id-");
    }

    private static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or ':' or '-';

    /// <summary>The id as <see cref="Id"/> writes it, for comparisons (tests, link checks).</summary>
    public static string SanitiseId(string id)
    {
        var markup = new HtmlMarkup(id.Length + 4);
        markup.AppendId(id);
        return markup.ToString();
    }

    private static readonly string[] Windows1252 =
    [
        "\u20AC", "", "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021", "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", "", "\u017D", "",
        "", "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014", "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "", "\u017E", "\u0178",
    ];

    private void AppendEncoded(string text, bool attribute)
    {
        var preserve = PreserveWhitespace && !attribute;
        var runStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement;
            switch (c)
            {
                case '&': replacement = "&amp;"; break;
                case '<': replacement = "&lt;"; break;
                case '>': replacement = "&gt;"; break;
                case '"': replacement = attribute ? "&quot;" : null; break;
                case '\'': replacement = attribute ? "&#39;" : null; break;
                case '\u00A0': replacement = "&nbsp;"; break;
                case ' ' or '\n' or '\r' or '\t' when !preserve:
                    // Collapse a whitespace run to one space, also across text nodes.
                    builder.Append(text, runStart, i - runStart);
                    if (builder.Length == 0 || builder[^1] is not (' ' or '\n')) builder.Append(' ');
                    while (i + 1 < text.Length && text[i + 1] is ' ' or '\n' or '\r' or '\t') i++;
                    runStart = i + 1;
                    continue;
                case '\r' when preserve:
                    replacement = "";
                    break;
                case >= '\u0080' and <= '\u009F':
                    // C1 controls are windows-1252 text decoded as Latin-1 (legacy SciELO files): written as the
                    // characters HTML parsers make of them (HTML Standard, numeric character reference end state).
                    replacement = Windows1252[c - 0x80];
                    break;
                case '\uFFFE' or '\uFFFF':
                    replacement = "";
                    break;
                default:
                    replacement = null;
                    break;
            }

            if (replacement is null) continue;
            builder.Append(text, runStart, i - runStart).Append(replacement);
            runStart = i + 1;
        }

        builder.Append(text, runStart, text.Length - runStart);
    }
}
