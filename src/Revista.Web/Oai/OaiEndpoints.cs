using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using Revista.Data;
using Revista.Oai;

namespace Revista.Web.Oai;

/// <summary>
/// The OAI-PMH 2.0 base URL, /oai: GET with a query string or POST with an application/x-www-form-urlencoded body
/// (OAI-PMH 2.0 §3.1.1). Always HTTP 200 with an XML response; protocol errors are error elements inside it (§3.6).
/// </summary>
internal static class OaiEndpoints
{
    public const string Path = "/oai";
    // RFC 6761 reserves .localhost for loopback: the identifier namespace when the site is reached by IP address.
    private const string FallbackRepositoryIdentifier = "revista.localhost";

    public static IServiceCollection AddOai(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OaiOptions>()
            .Bind(configuration.GetSection(OaiOptions.Section))
            .Validate(o => o.PageSize is >= 1 and <= 1000, "Revista:Oai:PageSize must be between 1 and 1000.")
            .Validate(o => o.RepositoryIdentifier is null || OaiRepositoryInfo.IsValidRepositoryIdentifier(o.RepositoryIdentifier),
                "Revista:Oai:RepositoryIdentifier must be a domain name (letters, digits, hyphens; at least one dot).")
            .ValidateOnStart();
        return services;
    }

    public static void MapOai(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext context, RevistaDb db, IOptions<OaiOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
            RespondAsync(context, Arguments(context.Request.Query), db, options.Value, clock, cancellationToken));
        app.MapPost(Path, async (HttpContext context, RevistaDb db, IOptions<OaiOptions> options, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var arguments = context.Request.HasFormContentType
                ? Arguments(await context.Request.ReadFormAsync(cancellationToken))
                : [];
            await RespondAsync(context, arguments, db, options.Value, clock, cancellationToken);
        });
    }

    private static List<KeyValuePair<string, string>> Arguments(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values) =>
        [.. values.SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string>(pair.Key, value ?? "")))];

    private static async Task RespondAsync(
        HttpContext context, List<KeyValuePair<string, string>> arguments, RevistaDb db, OaiOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var repositoryIdentifier = options.RepositoryIdentifier
            ?? (OaiRepositoryInfo.IsValidRepositoryIdentifier(request.Host.Host) ? request.Host.Host.ToLowerInvariant() : FallbackRepositoryIdentifier);
        var info = new OaiRepositoryInfo(
            options.RepositoryName ?? "Revista at " + request.Host.Host,
            site + Path,
            site,
            repositoryIdentifier,
            options.AdminEmail ?? "oai@" + repositoryIdentifier,
            options.PageSize);
        var document = await new OaiRepository(db, info, clock).RespondAsync(arguments, cancellationToken);
        context.Response.ContentType = "text/xml; charset=utf-8";
        await using var writer = XmlWriter.Create(context.Response.Body, new XmlWriterSettings
        {
            Async = true,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        });
        await document.SaveAsync(writer, cancellationToken);
    }
}
