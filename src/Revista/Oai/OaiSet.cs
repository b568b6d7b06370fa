namespace Revista.Oai;

/// <summary>One set as ListSets shows it (OAI-PMH 2.0 §4.6).</summary>
public sealed record OaiSet(string Spec, string Name);
