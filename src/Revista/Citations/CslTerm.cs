namespace Revista.Citations;

/// <summary>One localized term (cs:term): singular and plural text, gender, and for ordinals the gender-form and match.</summary>
internal sealed record CslTerm(string Name, string Form, string Single, string Multiple, string? Gender, string? GenderForm, string? Match);
