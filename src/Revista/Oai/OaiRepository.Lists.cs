using System.Globalization;
using System.Xml.Linq;

namespace Revista.Oai;

/// <summary>ListIdentifiers and ListRecords (OAI-PMH 2.0 §4.3, §4.5): selective harvesting and flow control (§3.5).</summary>
public sealed partial class OaiRepository
{
    private async Task<(XElement?, List<OaiError>)> ListAsync(bool withRecords, Dictionary<string, string> values, CancellationToken cancellationToken)
    {
        OaiResumptionToken? token = null;
        if (values.TryGetValue(ResumptionToken, out var tokenText))
        {
            token = OaiResumptionToken.TryDecode(tokenText);
            if (token is null || OaiMetadataFormats.Find(token.Selection.MetadataPrefix) is null)
                return (null, [new OaiError(OaiError.BadResumptionToken, "The resumptionToken is not one this repository issued, or it was altered.")]);
        }
        var selection = token?.Selection
            ?? new OaiSelection(values[MetadataPrefix], values.GetValueOrDefault(Set), values.GetValueOrDefault(From), values.GetValueOrDefault(Until));
        if (OaiMetadataFormats.Find(selection.MetadataPrefix) is not { } format)
            return (null, [UnknownFormat(selection.MetadataPrefix)]);
        var scope = await _source.ScopeAsync(selection.Set, cancellationToken);
        if (scope is null)
        {
            return token is null
                ? (null, [new OaiError(OaiError.NoRecordsMatch, $"There is no set \"{selection.Set}\"; ListSets names the sets of this repository.")])
                : (null, [new OaiError(OaiError.BadResumptionToken, $"The set \"{selection.Set}\" of this resumptionToken no longer exists.")]);
        }
        // The size is counted once, for the first page, and carried in every token after it: a late page never counts again.
        var total = token?.CompleteListSize ?? await _source.CountAsync(scope, selection, cancellationToken);
        var (headers, more) = await _source.PageAsync(scope, selection, token?.After, info.PageSize, cancellationToken);
        if (headers.Count == 0)
            return (null, [new OaiError(OaiError.NoRecordsMatch, "No record matches the metadataPrefix, set, from and until of this request.")]);

        var o = OaiXml.Oai;
        var cursor = token?.Cursor ?? 0;
        var list = new XElement(o + (withRecords ? "ListRecords" : "ListIdentifiers"),
            withRecords
                ? await RecordsAsync(headers, format, cancellationToken)
                : headers.Select(h => OaiXml.Header(h, info.RepositoryIdentifier)));
        if (more || token is not null)
        {
            // A late page may find the list grown since it was counted; completeListSize is never below what was sent.
            var sent = cursor + headers.Count;
            var size = Math.Max(total, sent + (more ? 1 : 0));
            var next = more ? new OaiResumptionToken(selection, headers[^1].Position, sent, size).Encode() : "";
            list.Add(new XElement(o + "resumptionToken",
                new XAttribute("completeListSize", size.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("cursor", cursor.ToString(CultureInfo.InvariantCulture)),
                next));
        }
        return (list, []);
    }

    /// <summary>Record elements for <paramref name="headers"/>: a deleted record has a header only (§2.5.1).</summary>
    private async Task<IEnumerable<XElement>> RecordsAsync(IReadOnlyList<OaiHeader> headers, IOaiMetadataFormat format, CancellationToken cancellationToken)
    {
        var articles = await _source.ArticlesAsync(
            [.. headers.Where(h => !h.IsDeleted).Select(h => h.ArticleId)], format.NeedsSource, info.SiteUrl, cancellationToken);
        var o = OaiXml.Oai;
        return headers.Select(header =>
            new XElement(o + "record",
                OaiXml.Header(header, info.RepositoryIdentifier),
                !header.IsDeleted && articles.TryGetValue(header.ArticleId, out var article)
                    ? new XElement(o + "metadata", format.Write(article))
                    : null));
    }
}
