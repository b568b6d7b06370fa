using System.Xml.Linq;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Web;

/// <summary>The interface strings: every language has every key once (a duplicate key compiles, and one value silently wins).</summary>
public sealed class SiteTextTests
{
    [Fact]
    public void Every_language_file_has_the_english_keys_each_once()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Revista.Web", "Resources");
        var english = Keys(Path.Combine(folder, "SiteText.resx"));
        var languages = Directory.GetFiles(folder, "SiteText.*.resx");

        Assert.NotEmpty(languages);
        Assert.Empty(english.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        foreach (var file in languages)
        {
            var keys = Keys(file);
            Assert.Empty(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => Path.GetFileName(file) + ": " + g.Key));
            Assert.Equal(english.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        }
    }

    private static List<string> Keys(string file) =>
        [.. XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    private static string RepositoryRoot() =>
        SharedFolder.RepositoryRoot() ?? throw new InvalidOperationException("Revista.slnx not found above " + AppContext.BaseDirectory);
}
