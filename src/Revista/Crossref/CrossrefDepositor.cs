namespace Revista.Crossref;

/// <summary>
/// Who sends a deposit (Crossref schema 5.4.0 head/depositor) and who owns the DOIs (head/registrant). Crossref mails
/// the submission log to <see cref="Email"/>, so it is never guessed.
/// </summary>
public sealed record CrossrefDepositor(string Name, string Email, string Registrant);
