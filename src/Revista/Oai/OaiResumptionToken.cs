using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Revista.Oai;

/// <summary>
/// A stateless resumption token (OAI-PMH 2.0 §3.5): the list's selection, the keyset position after the last record
/// sent, the cursor (records sent before this page) and the completeListSize counted once for the first page. Nothing
/// is kept on the server, so a token works on any node and after a restart, and page 1,000 costs what page 1 costs.
/// The text is base64url of the fields plus a check value; a token that is edited, cut or made up does not decode.
/// </summary>
public sealed record OaiResumptionToken(OaiSelection Selection, OaiListPosition After, int Cursor, int CompleteListSize)
{
    private const string Version = "1";
    private const char Separator = '\n';
    private const int CheckBytes = 8;
    // Not a secret: the check value catches edited or truncated tokens; the data a forged token reaches is public anyway.
    private static readonly byte[] CheckKey = "revista-oai-resumption-token"u8.ToArray();

    public string Encode()
    {
        var fields = string.Join(Separator,
            Version,
            Selection.MetadataPrefix,
            Selection.Set ?? "",
            Selection.From ?? "",
            Selection.Until ?? "",
            After.Datestamp.UtcTicks.ToString(CultureInfo.InvariantCulture),
            After.ArticleId.ToString(CultureInfo.InvariantCulture),
            Cursor.ToString(CultureInfo.InvariantCulture),
            CompleteListSize.ToString(CultureInfo.InvariantCulture));
        var body = Encoding.UTF8.GetBytes(fields);
        var check = HMACSHA256.HashData(CheckKey, body).AsSpan(0, CheckBytes);
        return Base64Url.EncodeToString([.. body, .. check]);
    }

    public static OaiResumptionToken? TryDecode(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096 || !Base64Url.IsValid(token))
            return null;
        var bytes = Base64Url.DecodeFromChars(token);
        if (bytes.Length <= CheckBytes)
            return null;
        var body = bytes.AsSpan(0, bytes.Length - CheckBytes);
        var check = HMACSHA256.HashData(CheckKey, body).AsSpan(0, CheckBytes);
        if (!CryptographicOperations.FixedTimeEquals(check, bytes.AsSpan(bytes.Length - CheckBytes)))
            return null;
        var fields = Encoding.UTF8.GetString(body).Split(Separator);
        if (fields.Length != 9 || fields[0] != Version || fields[1].Length == 0
            || !long.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks
            || !int.TryParse(fields[6], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !int.TryParse(fields[7], NumberStyles.None, CultureInfo.InvariantCulture, out var cursor)
            || !int.TryParse(fields[8], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || cursor > size)
            return null;
        var selection = new OaiSelection(fields[1], NullIfEmpty(fields[2]), NullIfEmpty(fields[3]), NullIfEmpty(fields[4]));
        if (selection.DateProblem() is not null)
            return null;
        return new OaiResumptionToken(selection, new OaiListPosition(new DateTimeOffset(ticks, TimeSpan.Zero), id), cursor, size);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
