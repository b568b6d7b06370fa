using Revista.Jats;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Jats;

/// <summary>
/// Every real article of ../shared/corpus parses and reads, and the model agrees with manifest.tsv. The manifest counts
/// elements over the whole document (sub-articles included): ref, fig, table_wrap and disp_formula are counts of
/// //ref, //fig, //table-wrap, //disp-formula; trans_title counts trans-title in article-meta; sub_translation counts
/// sub-article[@article-type='translation'].
/// </summary>
public sealed class JatsReaderCorpusTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var corpus = Corpus();
        if (corpus is null)
            return new TheoryData<string>(MissingCorpus);
        var files = Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return new TheoryData<string>(files);
    }

    public static TheoryData<string> ManifestRows()
    {
        var corpus = Corpus();
        if (corpus is null)
            return new TheoryData<string>(MissingCorpus);
        return new TheoryData<string>(Manifest(corpus).Select(row => row["file"]));
    }

    [Fact]
    public void Corpus_has_the_files_the_manifest_lists()
    {
        var corpus = RequireCorpus();
        var rows = Manifest(corpus);
        Assert.Equal(234, rows.Count);
        Assert.All(rows, row => Assert.True(File.Exists(Path.Combine(corpus, row["file"])), row["file"]));
        Assert.Equal(236, Directory.GetFiles(corpus, "*.xml", SearchOption.AllDirectories).Length);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_file_parses_and_reads(string file)
    {
        var corpus = RequireCorpus(file);
        var document = JatsXml.Parse(File.ReadAllBytes(Path.Combine(corpus, file)), file);
        var article = JatsReader.Read(document);

        Assert.False(article.Title.IsEmpty, "title");
        // Bylines: every contrib of a contrib-group in article-meta or a front-stub (not group members nested in collab).
        var bylineContribs = document.Descendants().Count(e => e.Name.LocalName == "contrib"
            && e.Parent?.Name.LocalName == "contrib-group" && e.Parent.Parent?.Name.LocalName is "article-meta" or "front-stub");
        Assert.Equal(bylineContribs, article.Contributors.Count + article.SubArticles.Sum(s => s.Contributors.Count));
    }

    [Theory]
    [MemberData(nameof(ManifestRows))]
    public void Model_counts_match_the_manifest(string file)
    {
        var corpus = RequireCorpus(file);
        var row = Manifest(corpus).Single(r => r["file"] == file);
        var article = JatsReader.Read(JatsXml.Parse(File.ReadAllBytes(Path.Combine(corpus, file)), file));

        Assert.Equal(int.Parse(row["ref"]), article.References.Count);
        Assert.Equal(int.Parse(row["fig"]), article.Figures.Count);
        Assert.Equal(int.Parse(row["table_wrap"]), article.Tables.Count);
        Assert.Equal(int.Parse(row["disp_formula"]), article.Formulas.Count);
        Assert.Equal(int.Parse(row["trans_title"]), article.TransTitles.Count);
        var translations = article.SubArticles.Where(s => s.ArticleType == "translation").ToList();
        Assert.Equal(int.Parse(row["sub_translation"]), translations.Count);
        Assert.All(translations, t => Assert.True(t.IsTranslation && !t.Title.IsEmpty, t.Id));
        Assert.Equal(int.Parse(row["sub_article"]), article.SubArticles.Count);
        Assert.False(article.Title.IsEmpty);
        if (row["doi"].Length > 0)
            Assert.Equal(row["doi"], article.Doi, ignoreCase: true);
    }

    private const string MissingCorpus = "(../shared/corpus not found)";

    private static string RequireCorpus(string? file = null)
    {
        var corpus = Corpus();
        if (corpus is null || file == MissingCorpus)
            Assert.Skip("../shared/corpus not found: the corpus of real JATS files sits beside the repository in CI (see /work/shared/README.md); these tests need it.");
        return corpus!;
    }

    private static string? Corpus() => SharedCorpus.Folder;

    private static List<Dictionary<string, string>> Manifest(string corpus)
    {
        var lines = File.ReadAllLines(Path.Combine(corpus, "manifest.tsv"));
        var header = lines[0].Split('\t');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var cells = line.Split('\t');
            return header.Select((name, i) => (name, value: i < cells.Length ? cells[i] : "")).ToDictionary(c => c.name, c => c.value);
        })];
    }
}
