using System.Globalization;

namespace Revista.Citations;

/// <summary>Citation formatting (affixes, collapsing) and disambiguation.</summary>
public sealed partial class CslDocument
{
    [System.Text.RegularExpressions.GeneratedRegex("[.!?][\\p{Pf}\\p{Pe}\"']*\\s*$")]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();

    private string FormatCitation(List<(CslCite Cite, int Index, CslPosition Position)> cites, bool html)
    {
        var layout = Style.Citation;
        var collapse = Style.CitationAttributes.GetValueOrDefault("collapse");
        var pieces = new List<CslOut>(cites.Count * 2);
        var delimiter = layout.Delimiter ?? "";
        if (collapse == "citation-number" && cites.All(c => c.Cite.Locator is null && c.Cite.Prefix is null && c.Cite.Suffix is null))
            CollapseNumbers(cites, pieces, delimiter);
        else if (collapse is "year" or "year-suffix" or "year-suffix-ranged" || collapse is null && Style.CitationAttributes.ContainsKey("cite-group-delimiter"))
            CollapseYears(cites, pieces, delimiter, collapse);
        else
        {
            string? previousSuffix = null;
            foreach (var c in cites)
            {
                if (RenderCite(c.Cite, c.Index, c.Position, false, pieces.Count == 0) is { } o)
                {
                    // A prefix opening with punctuation (". He said …") takes the place of the delimiter, as in citeproc-js;
                    // a suffix ending with punctuation (" is one source,") keeps only the delimiter's space.
                    if (pieces.Count > 0 && c.Cite.Prefix is not ['.' or ',' or ';' or ':' or '!' or '?', ..])
                        pieces.Add(new CslOut(previousSuffix?.TrimEnd() is [.., '.' or ',' or ';' or ':' or '!' or '?'] ? delimiter.TrimStart('.', ',', ';', ':', '!', '?') : delimiter));
                    pieces.Add(o);
                    previousSuffix = c.Cite.Suffix;
                }
            }
        }
        if (pieces.Count == 0)
            return "";
        // citeproc-js formats the citation layout outside its affixes: <b>([1],[2])</b>.
        var whole = layout.Look.HasFormatting
            ? new CslOut([new CslOut(pieces, null, new CslLook { Prefix = layout.Look.Prefix, Suffix = layout.Look.Suffix })], null, layout.Look.WithoutAffixes())
            : new CslOut(pieces, null, layout.Look);
        return CslWriter.Write(whole, Terms, html);
    }

    /// <param name="opensSentence">
    /// The cite starts the citation (without a prefix), or follows a prefix ending a sentence: a note style's citation then starts with a
    /// capital, so a term opening it ("ibid.") is capitalised, as citeproc-js does (in-text styles keep the term as is).
    /// </param>
    private CslOut? RenderCite(CslCite cite, int index, CslPosition position, bool suppressAuthor, bool opensSentence = false)
    {
        // With a prefix, the prefix decides: a sentence of more than one word ending in a period ("Caps after. ") opens a
        // new sentence; a single word ("Cf. ") is an abbreviation.
        if (!string.IsNullOrWhiteSpace(cite.Prefix))
            opensSentence = SentenceEnd().IsMatch(cite.Prefix) && cite.Prefix.Trim().Contains(' ', StringComparison.Ordinal);
        var ctx = Context(index, isCitation: true, cite, position);
        if (cite.SuppressAuthor || suppressAuthor)
            ctx.Substituted = SuppressedAuthors(ctx);
        var kids = CslNode.RenderAll(Style.Citation.Children, ctx);
        var body = CslOut.Join(kids, null, CslLook.None);
        if (body is null)
            return null;
        if (cite.AuthorOnly)
        {
            body = body.FindNames();
            if (body is null)
                return null;
        }
        if (opensSentence && Style.Class != "in-text" && body.Leaves().FirstOrDefault(l => !string.IsNullOrEmpty(l.Text)) is { IsTerm: true } first)
            first.Text = CslTextCase.CapitalizeFirst(first.Text!);
        if (cite.Prefix is null && cite.Suffix is null)
            return body;
        List<CslOut> parts = cite.Prefix is null ? [body] : [Affix(cite.Prefix), body];
        if (cite.Suffix is not null)
            parts.Add(Affix(cite.Suffix));
        return new CslOut(parts, null);
    }

    /// <summary>
    /// A cite's prefix or suffix is rich text from the user, like a field: its markup (&lt;i&gt;, &lt;sc&gt; …) is
    /// formatting, and straight quotes become the locale's typographic ones. The user typed the punctuation around
    /// them, so it stays where it is (no punctuation-in-quote inside an affix).
    /// </summary>
    private CslOut Affix(string text)
    {
        var rich = CslMarkup.Typeset(Typed(CslMarkup.Parse(text, quotes: true), 0), Terms, quotesParsed: true);
        // One piece of text when unformatted, so the writer sees the marks as typed.
        return rich.Kids is not null && Plain(rich) ? new CslOut(string.Concat(rich.Leaves().Select(l => l.Text))) : rich;
    }

    private static bool Plain(CslOut o) => o.Look.IsEmpty && !o.NoCase && (o.Kids is null || o.Kids.All(Plain));

    /// <summary>Quotation markup made literal marks, the inner pair inside another quote.</summary>
    private CslOut Typed(CslOut o, int depth)
    {
        if (o.Kids is null)
            return o;
        var nested = o.Look.Quotes ? depth + 1 : depth;
        var kids = o.Kids.Select(k => Typed(k, nested)).ToList();
        if (!o.Look.Quotes)
        {
            o.Kids = kids;
            return o;
        }
        var inner = depth % 2 == 1;
        kids.Insert(0, new CslOut(Terms.Term(inner ? "open-inner-quote" : "open-quote") ?? (inner ? "‘" : "“")));
        kids.Add(new CslOut(Terms.Term(inner ? "close-inner-quote" : "close-quote") ?? (inner ? "’" : "”")));
        return new CslOut(kids, null, o.Look with { Quotes = false });
    }

    /// <summary>The name variables whose cs:names is the first to render: the "author" a suppress-author cite drops.</summary>
    private static HashSet<string> SuppressedAuthors(CslContext ctx)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in ctx.Item.Names.Keys)
        {
            set.Add(variable);
            if (variable == "author")
                break;
        }
        if (ctx.Item.Names.ContainsKey("author"))
            set.RemoveWhere(v => v != "author");
        return set;
    }

    /// <summary>
    /// The rendered names cite grouping compares (CSL 1.0.2 "Cite Grouping"); cites whose layout renders no names share
    /// the empty key, so their years still collapse ("(1965a,b)").
    /// </summary>
    private string NamesKey(CslCite cite, int index, CslPosition position)
    {
        var ctx = Context(index, isCitation: true, cite, position);
        var kids = CslNode.RenderAll(Style.Citation.Children, ctx);
        var names = kids.Select(k => k.FindNames()).FirstOrDefault(n => n is not null);
        return names is null ? "" : CslWriter.Write(names, Terms, false);
    }

    /// <summary>The citation number assigned to an item (1-based), or 0 when unknown.</summary>
    public int CitationNumber(string id) => _index.TryGetValue(id, out var i) ? _numbers[i] : 0;

    /// <summary>The year-suffix assigned to an item by disambiguation, if any.</summary>
    public string? YearSuffix(string id) => _index.TryGetValue(id, out var i) ? _yearSuffixes[i] : null;

    internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
