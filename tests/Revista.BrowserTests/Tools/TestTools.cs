namespace Revista.BrowserTests.Tools;

/// <summary>
/// Where the browser, axe-core and the Nu HTML checker live. Nothing is downloaded here: `./scripts/test` installs
/// Debian's chromium and runs npm in this project's folder; a test that finds them missing says so.
/// </summary>
internal static class TestTools
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Flags for a closed network: without the networking ones chromium keeps calling home and waits on it.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static string ProjectFolder { get; } = Path.Combine(RepositoryRoot(), "tests", "Revista.BrowserTests");

    public static string ChromiumPath => File.Exists(Chromium)
        ? Chromium
        : throw new InvalidOperationException($"{Chromium} not found: run ./scripts/test, which installs Debian's chromium package.");

    public static string AxeScript => NodeModule(Path.Combine("axe-core", "axe.min.js"));

    public static string VnuJar => NodeModule(Path.Combine("vnu-jar", "build", "dist", "vnu.jar"));

    private static string NodeModule(string relative)
    {
        var path = Path.Combine(ProjectFolder, "node_modules", relative);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} not found: run ./scripts/test, which runs npm install in tests/Revista.BrowserTests.");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Revista.slnx")))
                return folder.FullName;
        }
        throw new InvalidOperationException("Revista.slnx not found above " + AppContext.BaseDirectory);
    }
}
