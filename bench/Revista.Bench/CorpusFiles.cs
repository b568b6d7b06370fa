namespace Revista.Bench;

/// <summary>Finds ../shared/corpus beside the repository (never copied into it).</summary>
internal static class CorpusFiles
{
    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Revista.slnx")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : throw new DirectoryNotFoundException($"{corpus} not found: the benchmarks read the shared corpus beside the repository.");
            }
        }
        throw new DirectoryNotFoundException("Revista.slnx not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(Folder(), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
}
