namespace Revista.Ingest;

/// <summary>The package itself is unusable or unsafe (a zip entry escaping its folder, a file over a limit). Fails the article, never the batch.</summary>
public sealed class PackageException : Exception
{
    public PackageException() { }
    public PackageException(string message) : base(message) { }
    public PackageException(string message, Exception inner) : base(message, inner) { }
}
