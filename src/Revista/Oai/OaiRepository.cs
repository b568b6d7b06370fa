using System.Xml.Linq;
using Revista.Data;

namespace Revista.Oai;

/// <summary>
/// The OAI-PMH 2.0 protocol engine: checks a request's arguments (§3.1, §3.6), answers the six verbs (§4) from
/// <see cref="OaiRecordSource"/> in the formats of <see cref="OaiMetadataFormats"/>, and pages lists with stateless
/// <see cref="OaiResumptionToken"/>s. It knows nothing of HTTP: the web endpoint hands it the arguments of a GET or POST.
/// </summary>
public sealed partial class OaiRepository(RevistaDb db, OaiRepositoryInfo info, TimeProvider clock)
{
    private const string Verb = "verb";
    private const string Identifier = "identifier";
    private const string MetadataPrefix = "metadataPrefix";
    private const string From = "from";
    private const string Until = "until";
    private const string Set = "set";
    private const string ResumptionToken = "resumptionToken";

    // §4: the arguments each verb takes (required ones are checked by the verb); resumptionToken is exclusive.
    private static readonly Dictionary<string, string[]> VerbArguments = new(StringComparer.Ordinal)
    {
        ["Identify"] = [],
        ["ListMetadataFormats"] = [Identifier],
        ["ListSets"] = [ResumptionToken],
        ["GetRecord"] = [Identifier, MetadataPrefix],
        ["ListIdentifiers"] = [MetadataPrefix, From, Until, Set, ResumptionToken],
        ["ListRecords"] = [MetadataPrefix, From, Until, Set, ResumptionToken],
    };

    private readonly OaiRecordSource _source = new(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>The response to a request with these arguments (in the order received; a key may repeat, which is an error).</summary>
    public async Task<XDocument> RespondAsync(IReadOnlyList<KeyValuePair<string, string>> arguments, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeated = new List<string>();
        foreach (var (key, value) in arguments)
        {
            if (!values.TryAdd(key, value))
                repeated.Add(key);
        }
        if (!values.TryGetValue(Verb, out var verb) || !VerbArguments.TryGetValue(verb, out var allowed) || repeated.Contains(Verb))
        {
            var problem = verb is null ? "The request has no verb argument." : repeated.Contains(Verb) ? "The verb argument is repeated." : $"\"{verb}\" is not an OAI-PMH verb.";
            return Failure(now, new OaiError(OaiError.BadVerb, problem));
        }
        if (ArgumentProblem(verb, values, allowed, repeated) is { } argumentProblem)
            return Failure(now, new OaiError(OaiError.BadArgument, argumentProblem));

        var request = OaiXml.Request(info.BaseUrl, values);
        var (content, errors) = verb switch
        {
            "Identify" => (await IdentifyAsync(cancellationToken), []),
            "ListMetadataFormats" => await ListMetadataFormatsAsync(values.GetValueOrDefault(Identifier), cancellationToken),
            "ListSets" => await ListSetsAsync(values.GetValueOrDefault(ResumptionToken), cancellationToken),
            "GetRecord" => await GetRecordAsync(values[Identifier], values[MetadataPrefix], cancellationToken),
            _ => await ListAsync(verb == "ListRecords", values, cancellationToken),
        };
        return OaiXml.Response(now, request, errors.Count > 0 ? errors.Select(OaiXml.Error) : [content!]);
    }

    private static string? ArgumentProblem(string verb, Dictionary<string, string> values, string[] allowed, List<string> repeated)
    {
        if (repeated.Count > 0)
            return $"The argument {repeated[0]} is repeated; each argument may appear once.";
        if (values.Keys.FirstOrDefault(k => k != Verb && !allowed.Contains(k)) is { } unknown)
            return $"{verb} does not take the argument {unknown}.";
        if (values.ContainsKey(ResumptionToken))
            return values.Count > 2 ? "resumptionToken is an exclusive argument: send it with the verb only." : null;
        if (verb is "GetRecord" && !values.ContainsKey(Identifier))
            return "GetRecord needs an identifier argument.";
        if (verb is "GetRecord" or "ListIdentifiers" or "ListRecords" && !values.ContainsKey(MetadataPrefix))
            return $"{verb} needs a metadataPrefix argument.";
        if (verb is "ListIdentifiers" or "ListRecords")
            return new OaiSelection(values[MetadataPrefix], null, values.GetValueOrDefault(From), values.GetValueOrDefault(Until)).DateProblem();
        return null;
    }

    private XDocument Failure(DateTimeOffset now, OaiError error) =>
        // §3.2: after badVerb or badArgument the request element carries the base URL only.
        OaiXml.Response(now, OaiXml.Request(info.BaseUrl, null), [OaiXml.Error(error)]);

    private async Task<XElement> IdentifyAsync(CancellationToken cancellationToken)
    {
        var earliest = await _source.EarliestDatestampAsync(cancellationToken) ?? clock.GetUtcNow();
        var o = OaiXml.Oai;
        return new XElement(o + "Identify",
            new XElement(o + "repositoryName", info.RepositoryName),
            new XElement(o + "baseURL", info.BaseUrl),
            new XElement(o + "protocolVersion", "2.0"),
            new XElement(o + "adminEmail", info.AdminEmail),
            new XElement(o + "earliestDatestamp", OaiDatestamp.Format(earliest)),
            new XElement(o + "deletedRecord", "persistent"),
            new XElement(o + "granularity", "YYYY-MM-DDThh:mm:ssZ"),
            OaiXml.IdentifierDescription(info.RepositoryIdentifier, 1));
    }

    private async Task<(XElement?, List<OaiError>)> ListMetadataFormatsAsync(string? identifier, CancellationToken cancellationToken)
    {
        // Every record (deleted ones keep their identifier) is available in every format.
        if (identifier is not null && await HeaderAsync(identifier, cancellationToken) is null)
            return (null, [UnknownIdentifier(identifier)]);
        var o = OaiXml.Oai;
        return (new XElement(o + "ListMetadataFormats",
            OaiMetadataFormats.All.Select(f => new XElement(o + "metadataFormat",
                new XElement(o + "metadataPrefix", f.Prefix),
                new XElement(o + "schema", f.Schema),
                new XElement(o + "metadataNamespace", f.Namespace)))), []);
    }

    private async Task<(XElement?, List<OaiError>)> ListSetsAsync(string? resumptionToken, CancellationToken cancellationToken)
    {
        // The set list is short (journals and their sections) and always sent whole, so no token of ours ever applies.
        if (resumptionToken is not null)
            return (null, [new OaiError(OaiError.BadResumptionToken, "ListSets is never split, so no resumptionToken is valid for it.")]);
        var sets = await _source.SetsAsync(cancellationToken);
        if (sets.Count == 0)
            return (null, [new OaiError(OaiError.NoSetHierarchy, "The repository holds no journal yet, so it has no sets.")]);
        var o = OaiXml.Oai;
        return (new XElement(o + "ListSets",
            sets.Select(s => new XElement(o + "set", new XElement(o + "setSpec", s.Spec), new XElement(o + "setName", s.Name)))), []);
    }

    private async Task<(XElement?, List<OaiError>)> GetRecordAsync(string identifier, string prefix, CancellationToken cancellationToken)
    {
        var format = OaiMetadataFormats.Find(prefix);
        var header = await HeaderAsync(identifier, cancellationToken);
        var errors = new List<OaiError>();
        if (format is null)
            errors.Add(UnknownFormat(prefix));
        if (header is null)
            errors.Add(UnknownIdentifier(identifier));
        if (errors.Count > 0)
            return (null, errors);
        var records = await RecordsAsync([header!], format!, cancellationToken);
        return (new XElement(OaiXml.Oai + "GetRecord", records), []);
    }

    private async Task<OaiHeader?> HeaderAsync(string identifier, CancellationToken cancellationToken) =>
        OaiXml.ArticleIdOf(identifier, info.RepositoryIdentifier) is { } articleId
            ? await _source.HeaderAsync(articleId, cancellationToken)
            : null;

    private static OaiError UnknownIdentifier(string identifier) =>
        new(OaiError.IdDoesNotExist, $"\"{identifier}\" is not the identifier of any record in this repository.");

    private static OaiError UnknownFormat(string prefix) =>
        new(OaiError.CannotDisseminateFormat, $"\"{prefix}\" is not a metadata format of this repository: use {string.Join(", ", OaiMetadataFormats.All.Select(f => f.Prefix))}.");
}
