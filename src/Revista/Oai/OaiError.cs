namespace Revista.Oai;

/// <summary>An OAI-PMH error condition (OAI-PMH 2.0 §3.6): its code, and a message for the person reading the response.</summary>
public sealed record OaiError(string Code, string Message)
{
    public const string BadArgument = "badArgument";
    public const string BadResumptionToken = "badResumptionToken";
    public const string BadVerb = "badVerb";
    public const string CannotDisseminateFormat = "cannotDisseminateFormat";
    public const string IdDoesNotExist = "idDoesNotExist";
    public const string NoRecordsMatch = "noRecordsMatch";
    public const string NoMetadataFormats = "noMetadataFormats";
    public const string NoSetHierarchy = "noSetHierarchy";
}
