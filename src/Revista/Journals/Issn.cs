namespace Revista.Journals;

/// <summary>ISSNs (ISO 3297): eight characters, the last a check digit that may be X, written NNNN-NNNC.</summary>
public static class Issn
{
    /// <summary>"1234-567x", "1234567X", " 1234–567X " → "1234-567X"; anything that is not eight ISSN characters → null.</summary>
    public static string? Normalize(string? value)
    {
        if (value is null)
            return null;
        Span<char> chars = stackalloc char[8];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c) || c is 'x' or 'X')
            {
                if (count == 8)
                    return null;
                chars[count++] = char.ToUpperInvariant(c);
            }
            else if (!char.IsWhiteSpace(c) && c is not ('-' or '‐' or '‑' or '–'))
            {
                return null;
            }
        }
        if (count != 8 || chars[..7].Contains('X'))
            return null;
        return string.Concat(chars[..4], "-", chars[4..]);
    }
}
