namespace Revista.Web.Oai;

/// <summary>
/// Settings of the OAI-PMH repository, from configuration section Revista:Oai (environment: Revista__Oai__PageSize, …).
/// Unset, the repository identifier is the host name the request used (when it is a domain name) and the admin address
/// is built from it; sites registered with harvesters should set both so identifiers never change with the host.
/// </summary>
internal sealed class OaiOptions
{
    public const string Section = "Revista:Oai";

    /// <summary>The oai-identifier namespace: a domain name ("journals.example.org").</summary>
    public string? RepositoryIdentifier { get; set; }
    public string? RepositoryName { get; set; }
    public string? AdminEmail { get; set; }
    /// <summary>Records (or headers) per list response before a resumption token.</summary>
    public int PageSize { get; set; } = Revista.Oai.OaiRepositoryInfo.DefaultPageSize;
}
