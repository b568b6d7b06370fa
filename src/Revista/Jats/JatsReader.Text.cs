using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Revista.Jats;

// Plain strings in the model are whitespace-normalised; rich text goes through JatsInline (the allow-list renderer).
public sealed partial class JatsReader
{
    /// <summary>Elements that start a new block of text, so their words never run into their neighbours'.</summary>
    private static readonly HashSet<string> BlockElements =
    [
        "p", "title", "sec", "list", "list-item", "def-list", "def-item", "term", "def", "disp-quote", "boxed-text",
        "caption", "label", "fn", "attrib", "speech", "statement", "verse-group", "verse-line", "table-wrap", "fig",
        "license-p", "meta-name", "meta-value", "corresp", "address", "addr-line", "institution", "country",
    ];

    /// <summary>Collapses runs of white space to one space and trims; null when nothing is left. No-break spaces are kept.</summary>
    private static string? Clean(string? text)
    {
        if (text is null || IsClean(text))
            return text?.Length == 0 ? null : text;
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007'))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>Already normalised: no white space other than single inner spaces (the common case, so no copy is made).</summary>
    private static bool IsClean(string text)
    {
        if (text.Length == 0)
            return true;
        if (text[0] == ' ' || text[^1] == ' ')
            return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i + 1] == ' ' : char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007'))
                return false;
        }
        return true;
    }

    /// <summary>The element's text as written (all descendant text concatenated), normalised; null when empty.</summary>
    private static string? Plain(XElement? element) => element switch
    {
        null => null,
        { FirstNode: XText only } when only.NextNode is null => Clean(only.Value),
        _ => Clean(ConcatText(element, null)),
    };

    /// <summary>Like <see cref="Plain"/>, leaving out the text of descendants that <paramref name="skip"/> selects.</summary>
    private static string? PlainWithout(XElement? element, Func<XElement, bool> skip) =>
        element is null ? null : Clean(ConcatText(element, skip));

    private static string ConcatText(XElement element, Func<XElement, bool>? skip)
    {
        var walker = new TextWalker(skip, null);
        walker.Walk(element);
        return walker.ToString();
    }

    /// <summary>Text with a space at every element boundary: for element-citation, whose children are separate fields.</summary>
    private static string SpacedText(XElement element, Func<XElement, bool>? skip) =>
        BlockText(element, skip, _ => true);

    /// <summary>Plain text of block content (abstract, caption, note): blocks are separated, a heading without final punctuation gets a colon.</summary>
    private static string BlockText(XElement element, Func<XElement, bool>? skip = null, Func<XElement, bool>? isBlock = null)
    {
        var walker = new TextWalker(skip, isBlock ?? (e => BlockElements.Contains(e.Name.LocalName)));
        walker.Walk(element);
        return Clean(walker.ToString()) ?? "";
    }

    /// <summary>Collects descendant text; block elements are set apart by spaces, and "Heading: text" reads like PubMed's structured abstracts.</summary>
    private sealed class TextWalker(Func<XElement, bool>? skip, Func<XElement, bool>? isBlock)
    {
        private readonly StringBuilder builder = new();
        private int? colonAt;

        public void Walk(XElement element)
        {
            foreach (var node in element.Nodes())
            {
                if (node is XText text)
                {
                    Append(text.Value);
                }
                else if (node is XElement child && (skip is null || !skip(child)))
                {
                    var block = isBlock is not null && isBlock(child);
                    if (block)
                        builder.Append(' ');
                    Walk(child);
                    if (block && child.Name.LocalName == "title")
                        EndHeading();
                    if (block)
                        builder.Append(' ');
                }
            }
        }

        public override string ToString() => builder.ToString();

        private void Append(string text)
        {
            // The colon after a heading is written only once words follow it: a caption's lone title keeps none.
            if (colonAt is { } at && !string.IsNullOrWhiteSpace(text))
            {
                builder.Insert(at, ':');
                colonAt = null;
            }
            builder.Append(text);
        }

        private void EndHeading()
        {
            var end = builder.Length;
            while (end > 0 && char.IsWhiteSpace(builder[end - 1]))
                end--;
            colonAt = end > 0 && !char.IsPunctuation(builder[end - 1]) ? end : null;
        }
    }

    /// <summary>Rich text through the inline renderer, with the plain side normalised.</summary>
    private static JatsText RichText(XElement? element)
    {
        if (element is null)
            return JatsText.Empty;
        var text = JatsInline.ToJatsText(element);
        return new JatsText(Clean(text.Text) ?? "", text.Html);
    }

    private static JatsText? OptionalRichText(XElement? element)
    {
        var text = RichText(element);
        return text.IsEmpty ? null : text;
    }

    /// <summary>
    /// Block content (abstract, note, licence) as JatsText: Html from the block renderer, Text from <see cref="BlockText"/>.
    /// <paramref name="skip"/> children (the heading, label, object-id) are kept apart by the caller, so they are
    /// removed from a copy before rendering.
    /// </summary>
    private static JatsText BlockContent(XElement element, Func<XElement, bool> skip)
    {
        var copy = new XElement(element);
        copy.Elements().Where(skip).Remove();
        return new JatsText(BlockText(copy), JatsInline.ToBlockHtml(copy));
    }

    /// <summary>xml:lang as a lower-case tag ("pt-BR" → "pt-br", "en_US" → "en-us"); null when absent.</summary>
    private static string? LanguageOf(XElement? element) => NormalizeLanguage(element?.Attribute(XmlLang)?.Value);

    private static string? NormalizeLanguage(string? tag) => Clean(tag)?.Replace('_', '-').ToLowerInvariant();

    /// <summary>The language in force at an element: its own xml:lang or the nearest ancestor's.</summary>
    private string LanguageAt(XElement element)
    {
        for (var e = element; e is not null; e = e.Parent)
        {
            if (LanguageOf(e) is { } tag)
                return tag;
        }
        return language;
    }

    /// <summary>"10.1234/abc" from a DOI written bare, as "doi:…" or as a doi.org URL; null when there is none.</summary>
    private static string? BareDoi(string? text)
    {
        if (text is null)
            return null;
        // In a doi.org URL the DOI is percent-encoded ("10.1002%2F%28SICI%29…"); written bare it is not.
        var at = text.IndexOf("doi.org/", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
            text = Uri.UnescapeDataString(text[(at + "doi.org/".Length)..]);
        var match = DoiPattern().Match(text);
        if (!match.Success)
            return null;
        var doi = match.Value.TrimEnd('.', ',', ';', ':', '\'', '"', ']', '>');
        // A DOI may contain parentheses; only a closing one without its opening one is trailing punctuation.
        while (doi.EndsWith(')') && doi.Count(c => c == ')') > doi.Count(c => c == '('))
            doi = doi[..^1].TrimEnd('.', ',', ';', ':');
        return doi;
    }

    /// <summary>The bare ORCID iD (0000-0002-1825-0097) in an id or URL; null when there is none.</summary>
    private static string? BareOrcid(string? text)
    {
        if (text is null)
            return null;
        var match = OrcidPattern().Match(text);
        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"10\.\d{3,9}/[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"\d{4}-\d{4}-\d{4}-\d{3}[\dXx]", RegexOptions.CultureInvariant)]
    private static partial Regex OrcidPattern();
}
