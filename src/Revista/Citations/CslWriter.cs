using System.Text;

namespace Revista.Citations;

/// <summary>
/// Serialises a <see cref="CslOut"/> tree as plain text or as HTML (every piece of text HTML-encoded, tags only from the
/// fixed set below). Merges punctuation where affixes and delimiters meet (". " after "?", ",," …) and moves a following
/// period or comma inside closing quotes when the locale asks for it (CSL 1.0.2 "punctuation-in-quote").
/// </summary>
internal sealed class CslWriter
{
    private readonly List<Token> _tokens = [];
    private readonly bool _html;
    private readonly CslTerms _terms;
    private int _quoteDepth;
    private int _italic;
    private int _bold;
    private int _smallCaps;

    private CslWriter(bool html, CslTerms terms)
    {
        _html = html;
        _terms = terms;
    }

    private enum Kind
    {
        Text,
        Tag,
        CloseQuote,
    }

    public static string Write(CslOut? output, CslTerms terms, bool html)
    {
        if (output is null)
            return "";
        var writer = new CslWriter(html, terms);
        writer.Emit(output);
        return writer.Finish();
    }

    private void Emit(CslOut o)
    {
        var look = o.Look;
        // A display division holds the element with its affixes ("[1]" in the left margin), laid out with the line
        // breaks and indentation of citeproc-js's HTML.
        var display = _html ? look.Display : null;
        if (display is not null && o.Leaves().All(l => string.IsNullOrEmpty(l.Text)))
            return;
        if (display is not null)
            _tokens.Add(new Token(Kind.Tag, (display switch { "block" => "\n\n    ", "left-margin" => "\n    ", _ => "" }) + $"<div class=\"csl-{display}\">"));
        AppendText(look.Prefix);
        var closers = new List<string>(4);
        var (italic, bold, smallCaps) = (_italic, _bold, _smallCaps);
        if (look.HasFormatting)
            OpenFormatting(look, closers);
        var quoted = look.Quotes;
        if (quoted)
        {
            var inner = _quoteDepth % 2 == 1;
            AppendText(_terms.Term(inner ? "open-inner-quote" : "open-quote") ?? (inner ? "‘" : "“"));
            _quoteDepth++;
        }
        if (o.Kids is null)
            AppendText(quoted ? FlipQuotes(o.Text ?? "") : o.Text);
        else
        {
            for (var i = 0; i < o.Kids.Count; i++)
            {
                if (i > 0)
                    AppendText(o.Delimiter);
                Emit(o.Kids[i]);
            }
        }
        if (quoted)
        {
            _quoteDepth--;
            var inner = _quoteDepth % 2 == 1;
            _tokens.Add(new Token(Kind.CloseQuote, _terms.Term(inner ? "close-inner-quote" : "close-quote") ?? (inner ? "’" : "”")));
        }
        for (var i = closers.Count - 1; i >= 0; i--)
            _tokens.Add(new Token(Kind.Tag, closers[i]));
        // Formatting flips back where its element ends (an italic inside italics is upright only within it).
        (_italic, _bold, _smallCaps) = (italic, bold, smallCaps);
        AppendText(look.Suffix);
        if (display is not null)
            _tokens.Add(new Token(Kind.Tag, "</div>" + (display switch { "block" => "\n", "left-margin" => "", _ => "\n  " })));
    }

    /// <summary>Quotation marks inside quoted text alternate to the inner pair (“a ‘b’ c”, «a “b” c»).</summary>
    private string FlipQuotes(string text)
    {
        if (_quoteDepth % 2 == 0)
            return text;
        var open = _terms.Term("open-quote") ?? "“";
        var close = _terms.Term("close-quote") ?? "”";
        if (!text.Contains(open, StringComparison.Ordinal) && !text.Contains('“', StringComparison.Ordinal))
            return text;
        var innerOpen = _terms.Term("open-inner-quote") ?? "‘";
        var innerClose = _terms.Term("close-inner-quote") ?? "’";
        return text.Replace(open, innerOpen, StringComparison.Ordinal).Replace(close, innerClose, StringComparison.Ordinal)
            .Replace("“", innerOpen, StringComparison.Ordinal).Replace("”", innerClose, StringComparison.Ordinal);
    }

    private void OpenFormatting(CslLook look, List<string> closers)
    {
        if (!_html)
            return;
        // Bold wraps italics written on the same element (<b><i>…</i></b>), as citeproc-js nests them.
        switch (look.FontWeight)
        {
            case "bold":
                Open(_bold > 0 ? "<span style=\"font-weight:normal;\">" : "<b>", _bold > 0 ? "</span>" : "</b>", closers);
                _bold = _bold > 0 ? 0 : 1;
                break;
            case "light":
                Open("<span style=\"font-weight:light;\">", "</span>", closers);
                break;
            case "normal" when _bold > 0:
                Open("<span style=\"font-weight:normal;\">", "</span>", closers);
                _bold = 0;
                break;
        }
        switch (look.FontStyle)
        {
            case "italic" or "oblique":
                Open(_italic > 0 ? "<span style=\"font-style:normal;\">" : "<i>", _italic > 0 ? "</span>" : "</i>", closers);
                _italic = _italic > 0 ? 0 : 1;
                break;
            case "normal" when _italic > 0:
                Open("<span style=\"font-style:normal;\">", "</span>", closers);
                _italic = 0;
                break;
        }
        switch (look.FontVariant)
        {
            case "small-caps":
                Open(_smallCaps > 0 ? "<span style=\"font-variant:normal;\">" : "<span style=\"font-variant:small-caps;\">", "</span>", closers);
                _smallCaps = _smallCaps > 0 ? 0 : 1;
                break;
            case "normal" when _smallCaps > 0:
                Open("<span style=\"font-variant:normal;\">", "</span>", closers);
                _smallCaps = 0;
                break;
        }
        if (look.TextDecoration == "underline")
            Open("<span style=\"text-decoration:underline;\">", "</span>", closers);
        switch (look.VerticalAlign)
        {
            case "sup":
                Open("<sup>", "</sup>", closers);
                break;
            case "sub":
                Open("<sub>", "</sub>", closers);
                break;
        }
    }

    private void Open(string open, string close, List<string> closers)
    {
        _tokens.Add(new Token(Kind.Tag, open));
        closers.Add(close);
    }

    private void AppendText(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return;
        var last = LastTextIndex();
        if (last < 0)
        {
            _tokens.Add(new Token(Kind.Text, text));
            return;
        }
        var afterQuote = _tokens[last].Kind == Kind.CloseQuote;
        // Punctuation after a closing quote meets the punctuation just inside it.
        var previousIndex = afterQuote ? LastTextIndex(last - 1) : last;
        var previous = previousIndex >= 0 ? _tokens[previousIndex].Value : "";
        switch (Merge(previous, text))
        {
            case Meeting.DropNext:
                text = text[1..];
                if (text.Length == 0)
                    return;
                break;
            case Meeting.ReplacePrevious:
                var shortened = previous[..^1];
                if (shortened.Length == 0)
                    _tokens.RemoveAt(previousIndex);
                else
                    _tokens[previousIndex] = _tokens[previousIndex] with { Value = shortened };
                AppendText(text);
                return;
        }
        if (!afterQuote && _terms.PunctuationInQuote && text[0] is '.' or ',' && _tokens[last].Kind == Kind.Text
            && _terms.Term("close-quote") is { Length: > 0 } close && _tokens[last].Value.EndsWith(close, StringComparison.Ordinal))
        {
            // Quotation marks typed in the data ("gargoyle") take the punctuation inside like those of quotes="true".
            var quoted = _tokens[last].Value[..^close.Length];
            if (quoted.Length == 0 || quoted[^1] is not ('.' or ',' or '!' or '?'))
                _tokens[last] = _tokens[last] with { Value = quoted + text[0] + close };
            text = text[1..];
            if (text.Length == 0)
                return;
        }
        if (afterQuote && _terms.PunctuationInQuote && text[0] is '.' or ',' or '!' or '?')
        {
            // CSL 1.0.2 "punctuation-in-quote": periods and commas (and, as citeproc-js does, ! and ?) move inside.
            var i = 0;
            while (i < text.Length && text[i] is '.' or ',' or '!' or '?')
                i++;
            // The mark goes inside every quote closing there (“This is ‘The One.’”).
            var at = last;
            while (at > 0 && _tokens[at - 1].Kind == Kind.CloseQuote)
                at--;
            _tokens.Insert(at, new Token(Kind.Text, text[..i]));
            text = text[i..];
            if (text.Length == 0)
                return;
        }
        _tokens.Add(new Token(Kind.Text, text));
    }

    private enum Meeting
    {
        KeepBoth,
        DropNext,
        ReplacePrevious,
    }

    /// <summary>
    /// What happens where two punctuation marks meet (one ending a field or affix, the next starting an affix or
    /// delimiter), after citeproc-js: a repeated mark is written once; a period or colon after another sentence or
    /// clause mark vanishes; ! and ? replace a colon or semicolon; every other pair is kept.
    /// </summary>
    private static Meeting Merge(string previous, string next)
    {
        if (previous.Length == 0 || next.Length == 0)
            return Meeting.KeepBoth;
        var p = previous[^1];
        var n = next[0];
        if (n == ' ' && p == ' ')
            return Meeting.DropNext;
        if (n == p && n is '.' or ',' or ';' or ':' or '!' or '?')
            return Meeting.DropNext;
        return n switch
        {
            '.' when p is ':' or ';' or '!' or '?' or '…' => Meeting.DropNext,
            ':' when p is ';' or '!' or '?' => Meeting.DropNext,
            '!' or '?' when p is ':' or ';' => Meeting.ReplacePrevious,
            _ => Meeting.KeepBoth,
        };
    }

    private int LastTextIndex(int from = int.MaxValue)
    {
        for (var i = Math.Min(from, _tokens.Count - 1); i >= 0; i--)
        {
            if (_tokens[i].Kind != Kind.Tag)
                return i;
        }
        return -1;
    }

    private string Finish()
    {
        var sb = new StringBuilder();
        foreach (var t in _tokens)
        {
            if (t.Kind == Kind.Tag)
                sb.Append(t.Value);
            else if (_html)
                AppendEncoded(sb, t.Value);
            else
                sb.Append(t.Value);
        }
        return sb.ToString();
    }

    /// <summary>HTML-encodes as citeproc-js does (numeric references), so output compares byte for byte.</summary>
    public static void AppendEncoded(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&#38;");
                    break;
                case '<':
                    sb.Append("&#60;");
                    break;
                case '>':
                    sb.Append("&#62;");
                    break;
                default:
                    if (CslSuperscripts.TryGet(c, out var plain))
                        sb.Append("<sup>").Append(plain).Append("</sup>");
                    else
                        sb.Append(c);
                    break;
            }
        }
    }

    private readonly record struct Token(Kind Kind, string Value);
}
