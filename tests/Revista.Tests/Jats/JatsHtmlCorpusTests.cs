using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Revista.Jats;

namespace Revista.Tests.Jats;

/// <summary>The renderer against every article of the shared corpus (../shared/corpus).</summary>
public sealed class JatsHtmlCorpusTests
{
    [Fact]
    public void Reader_and_renderer_find_the_same_translations_in_every_corpus_article()
    {
        var folder = JatsHtmlCorpus.RequireFolder();
        var disagreements = new List<string>();
        var translated = 0;
        foreach (var path in JatsHtmlCorpus.Files())
        {
            var document = JatsHtmlCorpus.Load(path);
            var read = JatsReader.Read(document).SubArticles.Where(s => s.IsTranslation).Select(s => s.Language).Order(StringComparer.Ordinal).ToList();
            var rendered = JatsHtml.Render(document, _ => null).Fragments.Where(f => f.IsTranslation).Select(f => f.Language).Order(StringComparer.Ordinal).ToList();
            if (!read.SequenceEqual(rendered))
                disagreements.Add($"{Path.GetRelativePath(folder, path)}: reader [{string.Join(", ", read)}], renderer [{string.Join(", ", rendered)}]");
            translated += read.Count > 0 ? 1 : 0;
        }

        Assert.Empty(disagreements);
        Assert.True(translated > 10, $"only {translated} corpus articles have translations; the corpus should hold SciELO translations");
    }

    [Fact]
    public void Every_corpus_article_renders_its_text_floats_and_references()
    {
        var folder = JatsHtmlCorpus.RequireFolder();
        var output = TestContext.Current.TestOutputHelper!;
        var results = new List<TextCoverage.Result>();
        var failures = new List<string>();
        var unreadable = new List<string>();
        var renderTime = TimeSpan.Zero;
        foreach (var path in JatsHtmlCorpus.Files())
        {
            var name = Path.GetRelativePath(folder, path);
            XDocument document;
            try
            {
                document = JatsHtmlCorpus.Load(path);
            }
            catch (JatsFormatException ex)
            {
                // Rejected by the loader (its own tests judge that); nothing for the renderer to render.
                unreadable.Add($"{name}: {ex.Message}");
                continue;
            }

            var clock = Stopwatch.StartNew();
            var rendered = JatsHtml.Render(document, JatsHtmlCorpus.ResolveEverything);
            renderTime += clock.Elapsed;
            results.Add(TextCoverage.Measure(name, document, rendered));
            failures.AddRange(FloatsAndReferencesMissing(name, document, rendered));
            failures.AddRange(rendered.Problems.Where(p => p.Message.StartsWith("unknown", StringComparison.Ordinal)).Select(p => $"{name}:{p.Line}: {p.Message}"));
        }

        var source = results.Sum(r => r.SourceTokens);
        var found = results.Sum(r => r.FoundTokens);
        var overall = (double)found / source;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} articles rendered in {renderTime.TotalMilliseconds:0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"text coverage {overall:P3}: {found} of {source} source tokens"));
        foreach (var worst in results.OrderBy(r => r.Coverage).Take(10))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {worst.Coverage:P2} {worst.Name} ({worst.SourceTokens} tokens) missing: {string.Join(' ', worst.Missing.Take(12))}"));
        }

        foreach (var line in unreadable) output.WriteLine("unreadable: " + line);
        Assert.True(results.Count >= JatsHtmlCorpus.Files().Count * 95 / 100, $"only {results.Count} corpus files could be loaded");
        Assert.Empty(failures);
        Assert.True(overall >= 0.999, $"text coverage {overall:P3} is below 99.9 %");
    }

    /// <summary>Each ref, fig, table-wrap and disp-formula of the rendered parts comes out as an element with its id.</summary>
    private static IEnumerable<string> FloatsAndReferencesMissing(string name, XDocument document, RenderedArticle rendered)
    {
        var parser = new HtmlParser();
        var html = parser.ParseDocument("<!DOCTYPE html><html><body>" + string.Concat(rendered.Fragments.Select(f => f.Html)) + "</body></html>");
        var ids = new HashSet<string>(html.QuerySelectorAll("[id]").Select(e => e.Id!), StringComparer.Ordinal);
        var renderedParts = document.Root!.Elements()
            .Where(e => e.Name.LocalName is "body" or "back" or "floats-group" or "sub-article" or "response")
            .SelectMany(e => e.DescendantsAndSelf())
            .ToList();

        foreach (var (element, selector) in new[] { ("ref", "li.ref"), ("fig", "figure.fig"), ("table-wrap", "figure.table-wrap"), ("disp-formula", ".disp-formula") })
        {
            var inSource = renderedParts.Where(e => e.Name.LocalName == element && (element != "ref" || e.Parent?.Name.LocalName == "ref-list")).ToList();
            var count = html.QuerySelectorAll(selector).Length;
            if (count != inSource.Count) yield return $"{name}: {inSource.Count} <{element}> in the XML, {count} '{selector}' in the HTML";
            foreach (var id in inSource.Select(e => e.Attribute("id")?.Value).OfType<string>())
            {
                if (!ids.Contains(HtmlMarkup.SanitiseId(id))) yield return $"{name}: <{element} id=\"{id}\"> has no element with its id in the HTML";
            }
        }
    }
}
