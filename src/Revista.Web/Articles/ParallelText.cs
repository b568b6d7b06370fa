using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Revista.Web.Articles;

/// <summary>One language version of the full text for the side-by-side view.</summary>
public sealed record ParallelColumn(string Language, string Html);

/// <summary>Both languages' share of one aligned unit: a section heading or a paragraph, with the floats that follow it.</summary>
public sealed record ParallelRow(string OriginalHtml, string TranslationHtml);

/// <summary>
/// The original full text and its translation (a JATS translation sub-article) paired for reading side by side. When
/// both have the same sections and paragraphs in the same order (body sec → section with a heading, p → p), each
/// heading and paragraph sits beside its translation; otherwise <see cref="Rows"/> is null and the two texts stand in
/// independent columns. Works on the renderer's own output, parsed on a cache miss only.
/// </summary>
public sealed record ParallelText(ParallelColumn Original, ParallelColumn Translation, IReadOnlyList<ParallelRow>? Rows, ParallelRow? Tail)
{
    public static ParallelText Of(ParallelColumn original, ParallelColumn translation)
    {
        var parser = new HtmlParser();
        var originalBody = parser.ParseDocument("<!DOCTYPE html><body>" + original.Html).Body!;
        var translationBody = parser.ParseDocument("<!DOCTYPE html><body>" + translation.Html).Body!;
        // A translation sub-article may reuse the parent's ids; on one page the original keeps them, so every link
        // that points at them (figures and references the translation borrows) lands on the original's element.
        var originalIds = originalBody.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var element in translationBody.QuerySelectorAll("[id]").Where(e => originalIds.Contains(e.Id!)).ToList())
            element.RemoveAttribute("id");
        var translationColumn = translation with { Html = translationBody.InnerHtml };

        var left = Flatten(originalBody);
        var right = Flatten(translationBody);
        var aligned = left.Units.Count > 0 && left.Units.Select(u => u.Kind).SequenceEqual(right.Units.Select(u => u.Kind));
        if (!aligned)
            return new ParallelText(original, translationColumn, null, null);
        var rows = new List<ParallelRow>(left.Units.Count + 1);
        if (left.Lead.Length > 0 || right.Lead.Length > 0)
            rows.Add(new ParallelRow(left.Lead, right.Lead));
        rows.AddRange(left.Units.Zip(right.Units, (l, r) => new ParallelRow(l.Html, r.Html)));
        var tail = left.Tail.Length > 0 || right.Tail.Length > 0 ? new ParallelRow(left.Tail, right.Tail) : null;
        return new ParallelText(original, translationColumn, rows, tail);
    }

    private sealed record Unit(string Kind, System.Text.StringBuilder Builder)
    {
        public string Html => Builder.ToString();
    }

    private sealed record Flattened(string Lead, List<Unit> Units, string Tail);

    private static Flattened Flatten(IElement body)
    {
        var lead = new System.Text.StringBuilder();
        var tail = new System.Text.StringBuilder();
        var units = new List<Unit>();
        Walk(body, lead, units, tail);
        return new Flattened(lead.ToString(), units, tail.ToString());
    }

    private static void Walk(IElement container, System.Text.StringBuilder lead, List<Unit> units, System.Text.StringBuilder tail)
    {
        foreach (var child in container.Children)
        {
            if (child.LocalName == "section" && string.IsNullOrEmpty(child.ClassName))
            {
                // A body sec: its heading (carrying the section's id, so links to the section still land) opens a
                // unit, then its content is walked like the body's.
                var heading = child.Children.FirstOrDefault(c => c.LocalName is "h2" or "h3" or "h4" or "h5" or "h6");
                if (heading is not null)
                {
                    if (child.Id is { Length: > 0 } id && string.IsNullOrEmpty(heading.Id))
                        heading.Id = id;
                    units.Add(new Unit(heading.LocalName, new System.Text.StringBuilder(heading.OuterHtml)));
                    heading.Remove();
                }
                else if (child.Id is { Length: > 0 } id)
                {
                    // No heading to carry the id: keep an empty anchor in front of the content.
                    Append(lead, units, $"<span id=\"{System.Net.WebUtility.HtmlEncode(id)}\"></span>");
                }
                Walk(child, lead, units, tail);
            }
            else if (child.LocalName == "section")
            {
                // Back matter (reference list, notes, acknowledgements, appendices): each language keeps its own.
                tail.Append(child.OuterHtml).Append('\n');
            }
            else if (child.LocalName == "p")
            {
                units.Add(new Unit("p", new System.Text.StringBuilder(child.OuterHtml)));
            }
            else
            {
                // Figures, tables, lists, formulas: they stay with the paragraph before them.
                Append(lead, units, child.OuterHtml);
            }
        }
    }

    private static void Append(System.Text.StringBuilder lead, List<Unit> units, string html) =>
        (units.Count > 0 ? units[^1].Builder : lead).Append('\n').Append(html);
}
