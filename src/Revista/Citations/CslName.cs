namespace Revista.Citations;

/// <summary>A CSL-JSON name: personal (family, given, particles, suffix) or institutional (<c>literal</c>).</summary>
public sealed record CslName
{
    public string? Family { get; init; }
    public string? Given { get; init; }
    public string? DroppingParticle { get; init; }
    public string? NonDroppingParticle { get; init; }
    public string? Suffix { get; init; }
    public string? Literal { get; init; }
    public bool CommaSuffix { get; init; }
    public bool StaticOrdering { get; init; }

    /// <summary>
    /// Whether a space separates the non-dropping particle from the family name; null when the input gave the particle
    /// separately, and then a particle ending in an apostrophe or hyphen attaches ("d’Alembert").
    /// </summary>
    public bool? ParticleSpace { get; init; }

    /// <summary>True for names written without spaces between parts (CJK and similar scripts), which CSL orders family-first.</summary>
    public bool IsRomanesque => IsLatinLike(Family) && IsLatinLike(Given);

    /// <summary>
    /// Splits lower-case particles off the family name ("van der Berg", "d'Alembert") when the input did not give them
    /// separately, as CSL-JSON from most sources does not.
    /// </summary>
    public CslName WithParsedParticles()
    {
        var parsed = WithParsedSuffix().WithParsedFamilyParticles();
        return parsed.Literal is null && parsed.DroppingParticle is null && parsed.Given is not null ? parsed.WithParsedDroppingParticle() : parsed;
    }

    /// <summary>
    /// "John, III", "John,! Jr.": a suffix written after a comma in the given name (citeproc-js input convention); "!"
    /// asks for the comma to be kept before the suffix when the name is displayed.
    /// </summary>
    private CslName WithParsedSuffix()
    {
        if (Literal is not null || Suffix is not null || Given is null)
            return this;
        var comma = Given.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0)
            return this;
        var rest = Given[(comma + 1)..];
        var keepComma = rest.StartsWith('!');
        rest = (keepComma ? rest[1..] : rest).Trim();
        if (rest.Length == 0)
            return this;
        return this with { Given = Given[..comma].Trim(), Suffix = rest, CommaSuffix = CommaSuffix || keepComma };
    }

    /// <summary>
    /// "François Hédelin d'", "Givenname von der": trailing lower-case words of the given name are a dropping particle,
    /// as citeproc-js reads them, so that they are placed with the family name.
    /// </summary>
    private CslName WithParsedDroppingParticle()
    {
        var words = Given!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 1 && IsParticleWord(words[start - 1]))
            start--;
        if (start == words.Length || start == 0)
            return this;
        return this with { Given = string.Join(' ', words[..start]), DroppingParticle = string.Join(' ', words[start..]) };
    }

    private static bool IsParticleWord(string word) =>
        char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c is '\'' or '’' or '.');

    private CslName WithParsedFamilyParticles()
    {
        if (Literal is not null || Family is null || NonDroppingParticle is not null)
            return this;
        var family = Family;
        // A family name in double quotes is taken as written, particles and all ("\"Van Dyke\"").
        if (family.Length > 2 && family[0] == '"' && family[^1] == '"')
            return this with { Family = family[1..^1] };
        var end = 0;
        var i = 0;
        while (i < family.Length)
        {
            var space = family.IndexOf(' ', i);
            if (space < 0)
                break;
            var word = family[i..space];
            // "’t" and "'s" (Dutch particles written with an elided article) count as lower-case words.
            var letter = word.Length > 1 && word[0] is '\'' or '’' ? word[1] : word.Length > 0 ? word[0] : ' ';
            if (!char.IsLower(letter))
                break;
            end = space + 1;
            i = space + 1;
        }
        if (end == 0)
            return ApostropheParticle() ?? HyphenatedParticle();
        return this with { NonDroppingParticle = family[..end].TrimEnd(), Family = family[end..], ParticleSpace = true };
    }

    /// <summary>"d'Aubignac": a lower-case particle joined to the family name by an apostrophe is a non-dropping particle.</summary>
    private CslName? ApostropheParticle()
    {
        var family = Family!;
        var apostrophe = family.IndexOfAny(['\'', '’']);
        if (apostrophe <= 0 || apostrophe == family.Length - 1 || !family[..apostrophe].All(char.IsLower) || !char.IsUpper(family[apostrophe + 1]))
            return null;
        return this with { NonDroppingParticle = family[..(apostrophe + 1)], Family = family[(apostrophe + 1)..], ParticleSpace = false };
    }

    /// <summary>"al-One": a lower-case particle joined to the family name by a hyphen is a non-dropping particle.</summary>
    private CslName HyphenatedParticle()
    {
        var family = Family!;
        var hyphen = family.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen == family.Length - 1 || !family[..hyphen].All(char.IsLower) || !char.IsUpper(family[hyphen + 1]))
            return this;
        return this with { NonDroppingParticle = family[..(hyphen + 1)], Family = family[(hyphen + 1)..] };
    }

    private static bool IsLatinLike(string? text)
    {
        if (text is null)
            return true;
        foreach (var c in text)
        {
            // Latin, Greek, Cyrillic, Hebrew, Arabic and their extensions: names are written with spaces between parts.
            if (c > 0x052F && c < 0x0590 || c > 0x06FF && c < 0x1E00 || c > 0x1FFF && c < 0x2000 || c >= 0x2E80 && c < 0xFB00)
                return false;
        }
        return true;
    }
}
