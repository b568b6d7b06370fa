namespace Revista.Oai;

/// <summary>
/// Who the repository is (OAI-PMH 2.0 §4.2 Identify) and how it pages. <see cref="RepositoryIdentifier"/> is the
/// namespace part of oai-identifiers (a domain name, per the oai-identifier guidelines): oai:{RepositoryIdentifier}:{article id}.
/// </summary>
public sealed record OaiRepositoryInfo(
    string RepositoryName,
    string BaseUrl,
    string SiteUrl,
    string RepositoryIdentifier,
    string AdminEmail,
    int PageSize = OaiRepositoryInfo.DefaultPageSize)
{
    public const int DefaultPageSize = 100;

    /// <summary>The oai-identifier grammar's repositoryIdentifier: domain-name labels starting with a letter, at least two.</summary>
    public static bool IsValidRepositoryIdentifier(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 255)
            return false;
        var labels = text.Split('.');
        return labels.Length >= 2 && labels.All(l => l.Length > 0 && char.IsAsciiLetter(l[0]) && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }
}
