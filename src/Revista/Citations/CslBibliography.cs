using System.Text;

namespace Revista.Citations;

/// <summary>One formatted bibliography entry: plain text and HTML (the content of its csl-entry element).</summary>
public sealed record CslBibliographyEntry(string Id, string Text, string Html);

/// <summary>A formatted bibliography, entries in the style's order.</summary>
public sealed record CslBibliography(IReadOnlyList<CslBibliographyEntry> Entries)
{
    /// <summary>One entry per line.</summary>
    public string ToText() => string.Join('\n', Entries.Select(e => e.Text));

    /// <summary>The citeproc-js HTML shape: a csl-bib-body div holding one csl-entry div per entry.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder("<div class=\"csl-bib-body\">\n");
        foreach (var e in Entries)
            sb.Append("  <div class=\"csl-entry\">").Append(e.Html).Append("</div>\n");
        return sb.Append("</div>").ToString();
    }
}
