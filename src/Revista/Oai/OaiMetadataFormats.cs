namespace Revista.Oai;

/// <summary>The formats every record is available in: oai_dc (required by OAI-PMH 2.0 §3.4), jats and marcxml.</summary>
public static class OaiMetadataFormats
{
    public static readonly IReadOnlyList<IOaiMetadataFormat> All = [new OaiDublinCore(), new OaiJats(), new OaiMarcXml()];

    public static IOaiMetadataFormat? Find(string? prefix) =>
        All.FirstOrDefault(f => string.Equals(f.Prefix, prefix, StringComparison.Ordinal));
}
