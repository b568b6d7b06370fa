using System.Xml.Linq;

namespace Revista.Crossref;

/// <summary>
/// jats:abstract elements (one per abstract and trans-abstract, each with its xml:lang) copied from the stored JATS
/// rather than from the rendered HTML, so paragraphs, sections and inline styling stay JATS. Only a small allow-list
/// of JATS elements is copied (p, sec, title, italic, bold, sup, sub, sc, underline, monospace) plus MathML; any
/// other element is unwrapped to its text, and loose text at block level is put in a paragraph, so the copy is valid
/// against the JATS 1.3 schema Crossref imports whatever the source held.
/// </summary>
internal static class CrossrefAbstracts
{
    private static readonly HashSet<string> InlineElements = ["italic", "bold", "sup", "sub", "sc", "underline", "monospace"];

    /// <summary>Elements whose text is not prose: TeX source beside MathML in alternatives, images, identifiers.</summary>
    private static readonly HashSet<string> Dropped = ["tex-math", "graphic", "inline-graphic", "object-id", "alt-text"];

    /// <summary>The abstracts of the article (not of its sub-articles), then those of translation sub-articles in languages not yet covered.</summary>
    public static IEnumerable<XElement> Of(CrossrefWork work)
    {
        var root = work.Source.Root;
        if (root is null)
            return [];
        var ns = root.Name.Namespace;
        var meta = root.Element(ns + "front")?.Element(ns + "article-meta");
        var abstracts = Convert(meta, ns, work.Jats.Language).ToList();
        var languages = abstracts.Select(a => (string?)a.Attribute(XNamespace.Xml + "lang")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var subArticle in CrossrefSubArticles.Translations(work))
        {
            foreach (var translated in Convert(subArticle.Stub, ns, subArticle.Jats.Language))
            {
                if (languages.Add((string?)translated.Attribute(XNamespace.Xml + "lang")))
                    abstracts.Add(translated);
            }
        }
        return abstracts;
    }

    /// <summary>The abstracts directly inside <paramref name="meta"/> (article-meta or front-stub).</summary>
    public static IEnumerable<XElement> Convert(XElement? meta, XNamespace ns, string defaultLanguage)
    {
        if (meta is null)
            yield break;
        foreach (var source in meta.Elements().Where(e => e.Name == ns + "abstract" || e.Name == ns + "trans-abstract"))
        {
            var type = source.Attribute("abstract-type")?.Value.Trim();
            if (type is "graphical")
                continue;
            var language = source.Attribute(XNamespace.Xml + "lang")?.Value.Trim() is { Length: > 0 } lang ? lang.ToLowerInvariant() : defaultLanguage;
            var target = new XElement(CrossrefDeposit.Jats + "abstract", new XAttribute(XNamespace.Xml + "lang", language),
                type is { Length: > 0 } ? new XAttribute("abstract-type", type) : null);
            AddBlocks(source, target, ns);
            if (target.Elements(CrossrefDeposit.Jats + "p").Any() || target.Elements(CrossrefDeposit.Jats + "sec").Any())
                yield return target;
        }
    }

    /// <summary>Copies the block content of an abstract or sec: an optional leading title, paragraphs, sections.</summary>
    private static void AddBlocks(XElement source, XElement target, XNamespace ns)
    {
        var run = new List<XNode>();
        foreach (var node in source.Nodes())
        {
            if (node is XElement element && element.Name.Namespace == ns)
            {
                switch (element.Name.LocalName)
                {
                    case "label" or "object-id" or "sec-meta":
                        continue;
                    case "p":
                        Flush(run, target);
                        AddParagraph(target, Inline(element.Nodes(), ns));
                        continue;
                    case "sec" when element.Element(ns + "title") is null:
                        // The JATS Publishing schema requires a section title; an untitled section's paragraphs join this level.
                        Flush(run, target);
                        AddBlocks(element, target, ns);
                        continue;
                    case "sec":
                        Flush(run, target);
                        var section = new XElement(CrossrefDeposit.Jats + "sec");
                        AddBlocks(element, section, ns);
                        if (section.HasElements)
                            target.Add(section);
                        continue;
                    case "title":
                        Flush(run, target);
                        // JATS allows one title, first; a later one (a heading inside a box) reads as a paragraph.
                        if (!target.HasElements)
                            target.Add(new XElement(CrossrefDeposit.Jats + "title", Inline(element.Nodes(), ns)));
                        else
                            AddParagraph(target, Inline(element.Nodes(), ns));
                        continue;
                    case var name when !InlineElements.Contains(name) && element.Descendants().Any(d => d.Name == ns + "p" || d.Name == ns + "sec"):
                        // A block wrapper (list, disp-quote, boxed-text…): its paragraphs join this level.
                        Flush(run, target);
                        AddBlocks(element, target, ns);
                        continue;
                }
            }
            run.AddRange(Inline([node], ns));
        }
        Flush(run, target);
    }

    private static void Flush(List<XNode> run, XElement target)
    {
        AddParagraph(target, run);
        run.Clear();
    }

    private static void AddParagraph(XElement target, IEnumerable<XNode> content)
    {
        var nodes = content.ToList();
        if (nodes.Any(n => n is XElement || n is XText t && !string.IsNullOrWhiteSpace(t.Value)))
            target.Add(new XElement(CrossrefDeposit.Jats + "p", nodes));
    }

    private static IEnumerable<XNode> Inline(IEnumerable<XNode> nodes, XNamespace ns)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XText text:
                    yield return new XText(text.Value);
                    break;
                case XElement math when math.Name == CrossrefDeposit.MathML + "math":
                    yield return new XElement(math);
                    break;
                case XElement element when element.Name.Namespace == ns && Dropped.Contains(element.Name.LocalName):
                    break;
                case XElement element when element.Name.Namespace == ns && InlineElements.Contains(element.Name.LocalName):
                    yield return new XElement(CrossrefDeposit.Jats + element.Name.LocalName, Inline(element.Nodes(), ns));
                    break;
                case XElement element:
                    foreach (var child in Inline(element.Nodes(), ns))
                        yield return child;
                    break;
            }
        }
    }
}
