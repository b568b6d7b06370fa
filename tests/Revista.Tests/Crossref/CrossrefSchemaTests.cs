using System.IO.Compression;
using Revista.Crossref;
using Revista.Jats;
using Revista.Tests.Infrastructure;
using static Revista.Tests.Crossref.CrossrefFixtures;

namespace Revista.Tests.Crossref;

/// <summary>
/// Every deposit we write validates against Crossref's 5.4.0 schema (xmllint --nonet --schema): the fixtures written
/// for these tests, the demo articles, the 19 input JATS of the Crossref oracle and every article of the corpus. All
/// go to one xmllint run, since loading the schema costs more than validating hundreds of deposits.
/// </summary>
public sealed class CrossrefSchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revista-crossref-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Deposits_of_fixtures_demo_oracle_inputs_and_corpus_validate_against_the_5_4_0_schema()
    {
        CrossrefSchema.Require();
        var files = new List<string>();
        var unreadable = new List<string>();
        void Add(string name, Func<CrossrefWork> work)
        {
            CrossrefWork built;
            try
            {
                built = work();
            }
            catch (JatsFormatException)
            {
                unreadable.Add(name);
                return;
            }
            var deposit = Deposit(built);
            if (deposit.RecordCount == 0)
                return;
            var path = Path.Combine(_folder, $"{files.Count:D4}-{Path.GetFileNameWithoutExtension(name)}.xml");
            using (var file = File.Create(path))
                deposit.Save(file);
            files.Add(path);
        }

        Add("fixture-bilingual", () => Work(CrossrefJats.Bilingual));
        Add("fixture-bad-name", () => Work(CrossrefJats.WithDoiAndBadName("10.5555/tj.9")));
        var samples = Path.Combine(SharedFolder.RepositoryRoot()!, "samples");
        foreach (var sample in Directory.GetFiles(samples, "*.xml"))
            Add(Path.GetFileName(sample), () => Work(File.ReadAllBytes(sample), sample));
        foreach (var zip in Directory.GetFiles(samples, "*.zip"))
            Add(Path.GetFileName(zip), () => Work(ArticleOf(zip), zip));
        var demo = files.Count;
        var oracle = CrossrefOracle.Folder;
        foreach (var input in oracle is null ? [] : Directory.GetFiles(Path.Combine(oracle, "input_jats"), "*.xml"))
            Add(Path.GetFileName(input), () => Work(File.ReadAllBytes(input), input));
        var corpus = SharedCorpus.Folder;
        foreach (var article in SharedCorpus.Files())
            Add(article, () => Work(File.ReadAllBytes(Path.Combine(corpus!, article)), article));

        var invalid = await CrossrefSchema.InvalidAsync(files);

        var failed = invalid.Count(l => l.EndsWith(" fails to validate", StringComparison.Ordinal));
        Assert.True(invalid.Count == 0, $"{failed} of {files.Count} deposits are not valid:\n" + string.Join('\n', invalid.Take(200)));
        Assert.True(demo >= 5, "the fixtures and the demo articles (samples/) should give at least 5 deposits");
        TestContext.Current.SendDiagnosticMessage(
            $"{files.Count} deposits valid (crossref 5.4.0); {unreadable.Count} sources unreadable; oracle: {(oracle is null ? "absent" : "present")}; corpus: {(corpus is null ? "absent" : "present")}");
    }

    private static byte[] ArticleOf(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        var entry = archive.Entries.Single(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
