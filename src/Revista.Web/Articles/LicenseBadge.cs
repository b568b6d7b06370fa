namespace Revista.Web.Articles;

/// <summary>A Creative Commons licence named from its URL (creativecommons.org/licenses/by-nc/4.0/ → "CC BY-NC 4.0").</summary>
internal sealed record LicenseBadge(string Name, string Url)
{
    public static LicenseBadge? Of(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;
        if (!uri.Host.Equals("creativecommons.org", StringComparison.OrdinalIgnoreCase))
            return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["licenses", var kind, var version, ..])
            return new LicenseBadge($"CC {kind.ToUpperInvariant()} {version}", uri.AbsoluteUri);
        if (segments is ["publicdomain", "zero", var zeroVersion, ..])
            return new LicenseBadge($"CC0 {zeroVersion}", uri.AbsoluteUri);
        return null;
    }
}
