using Revista.Web.Articles;

namespace Revista.Tests.Web.Articles;

/// <summary>Pairing an original full text with its translation for the side-by-side view.</summary>
public sealed class ParallelTextTests
{
    private const string Original = """
        <p>One.</p>
        <figure id="f1" class="fig"><figcaption><p>A figure</p></figcaption></figure>
        <section id="s1"><h2>Methods</h2><p>Two.</p><section id="s1.1"><h3>Detail</h3><p>Three.</p></section></section>
        <section class="ref-list"><h2>References</h2><ol class="references"><li id="r1" class="ref">Ref</li></ol></section>
        """;

    [Fact]
    public void Pairs_headings_and_paragraphs_when_both_texts_have_the_same_structure()
    {
        const string translation = """
            <p>Uno <a href="#f1">fig. 1</a>.</p>
            <section id="s1"><h2>Métodos</h2><p>Dos.</p><section id="es-s1.1"><h3>Detalle</h3><p>Tres <a href="#r1">1</a>.</p></section></section>
            """;

        var text = ParallelText.Of(new ParallelColumn("en", Original), new ParallelColumn("es", translation));

        var rows = Assert.IsAssignableFrom<IReadOnlyList<ParallelRow>>(text.Rows);
        Assert.Equal(5, rows.Count);
        Assert.StartsWith("<p>One.</p>", rows[0].OriginalHtml, StringComparison.Ordinal);
        Assert.Contains("<figure id=\"f1\" class=\"fig\">", rows[0].OriginalHtml, StringComparison.Ordinal);
        Assert.StartsWith("<p>Uno", rows[0].TranslationHtml, StringComparison.Ordinal);
        Assert.Equal(("<h2 id=\"s1\">Methods</h2>", "<h2>Métodos</h2>"), (rows[1].OriginalHtml, rows[1].TranslationHtml));
        Assert.Equal(("<h3 id=\"s1.1\">Detail</h3>", "<h3 id=\"es-s1.1\">Detalle</h3>"), (rows[3].OriginalHtml, rows[3].TranslationHtml));
        Assert.Equal("<p>Tres <a href=\"#r1\">1</a>.</p>", rows[4].TranslationHtml);
        Assert.Contains("id=\"r1\"", text.Tail!.OriginalHtml, StringComparison.Ordinal);
        Assert.Equal("", text.Tail.TranslationHtml);
    }

    [Fact]
    public void Falls_back_to_independent_columns_when_paragraph_counts_differ()
    {
        const string translation = """
            <p>Uno.</p><p>Uno y medio.</p>
            <section id="es-s1"><h2>Métodos</h2><p>Dos.</p><section id="es-s1.1"><h3>Detalle</h3><p>Tres.</p></section></section>
            """;

        var text = ParallelText.Of(new ParallelColumn("en", Original), new ParallelColumn("es", translation));

        Assert.Null(text.Rows);
        Assert.Null(text.Tail);
        Assert.Equal(Original, text.Original.Html);
        Assert.Contains("Uno y medio.", text.Translation.Html, StringComparison.Ordinal);
        Assert.Equal("es", text.Translation.Language);
    }

    [Fact]
    public void The_translation_gives_up_ids_the_original_already_uses_so_the_page_has_each_id_once()
    {
        const string translation = """<p id="p1">Uno.</p><section id="s1"><h2>Métodos</h2><p>Dos.</p></section><figure id="f1" class="fig"></figure>""";

        var text = ParallelText.Of(new ParallelColumn("en", Original), new ParallelColumn("es", translation));

        Assert.DoesNotContain("id=\"s1\"", text.Translation.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"f1\"", text.Translation.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"p1\"", text.Translation.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_the_fragments_stays_encoded()
    {
        const string original = "<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>";
        const string translation = "<p>c &lt;img src=x onerror=alert(1)&gt; d</p>";

        var text = ParallelText.Of(new ParallelColumn("en", original), new ParallelColumn("es", translation));

        var row = Assert.Single(text.Rows!);
        Assert.Equal("<p>a &lt;script&gt;alert(1)&lt;/script&gt; b</p>", row.OriginalHtml);
        Assert.Equal("<p>c &lt;img src=x onerror=alert(1)&gt; d</p>", row.TranslationHtml);
    }
}
