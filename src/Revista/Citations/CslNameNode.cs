using System.Text;
using System.Xml.Linq;

namespace Revista.Citations;

/// <summary>
/// cs:name: formats a name list — et-al truncation, "and", delimiters, sort order, initials and name-part formatting
/// (CSL 1.0.2 "Name", "Name-part Formatting").
/// </summary>
internal sealed class CslNameNode
{
    private readonly Dictionary<string, string> _attributes;
    private readonly CslLook _look;
    private readonly CslLook _familyLook = CslLook.None;
    private readonly CslLook _givenLook = CslLook.None;
    // Resolved options per mode, tagged with the style they were resolved for (the default cs:name is shared by styles).
    // Held as references so that concurrent renders read a whole pair, never half of one.
    private readonly ResolvedOptions?[] _options = new ResolvedOptions?[2];

    public CslNameNode(XElement e)
    {
        _attributes = e.Attributes().Where(a => !a.IsNamespaceDeclaration).ToDictionary(a => a.Name.LocalName, a => a.Value, StringComparer.Ordinal);
        _look = CslLook.From(e);
        foreach (var part in e.Elements().Where(x => x.Name.LocalName == "name-part"))
        {
            if (part.Attr("name") == "family")
                _familyLook = CslLook.From(part);
            else if (part.Attr("name") == "given")
                _givenLook = CslLook.From(part);
        }
    }

    private CslNameOptions Options(CslContext ctx)
    {
        var slot = ctx.IsCitation ? 0 : 1;
        var cached = Volatile.Read(ref _options[slot]);
        if (cached is not null && ReferenceEquals(cached.Style, ctx.Engine.Style))
            return cached.Options;
        var options = CslNameOptions.Resolve(_attributes, ctx);
        Volatile.Write(ref _options[slot], new ResolvedOptions(ctx.Engine.Style, options));
        return options;
    }

    public string Form(CslContext ctx) => Options(ctx).Form;

    public int VisibleCount(IReadOnlyList<CslName> names, CslContext ctx)
    {
        var (shown, _, _) = Truncation(names.Count, Options(ctx), ctx);
        return shown;
    }

    private static (int Shown, bool EtAl, bool UseLast) Truncation(int count, CslNameOptions o, CslContext ctx)
    {
        var min = o.EtAlMin;
        var first = o.EtAlUseFirst;
        if (ctx.IsCitation && (ctx.Position != CslPosition.First || ctx.SubsequentEtAl))
        {
            min = o.EtAlSubsequentMin ?? min;
            first = o.EtAlSubsequentUseFirst ?? first;
        }
        if (ctx.SortMode)
        {
            min = ctx.SortNamesMin ?? min;
            first = ctx.SortNamesUseFirst ?? first;
        }
        if (min <= 0 || first < 0 || count < min || first >= count)
            return (count, false, false);
        if (first == 0)
            return (0, false, false);
        var shown = Math.Min(count, first + ctx.AddNames);
        if (shown >= count)
            return (count, false, false);
        var useLast = (ctx.SortMode ? ctx.SortNamesUseLast ?? o.EtAlUseLast : o.EtAlUseLast) && shown <= count - 2;
        return (shown, !useLast, useLast);
    }

    public CslOut? Format(string variable, IReadOnlyList<CslName> names, CslContext ctx, (string Term, CslLook Look)? etAl)
    {
        var o = Options(ctx);
        var (shown, useEtAl, useLast) = Truncation(names.Count, o, ctx);
        if (shown == 0)
            return null;
        if (ctx.SortMode)
        {
            // A name sort key follows the name's own form and initials (CSL 1.0.2 "Sorting": macros render names as
            // they would be shown, in sort order), including the last name of an et-al-use-last list.
            var keys = names.Take(shown).Select(n => SortKey(n, o)).ToList();
            if (useLast)
                keys.Add(SortKey(names[^1], o));
            return new CslOut(string.Join(",", keys));
        }
        var formatted = new List<CslOut>(shown + 2);
        for (var i = 0; i < shown; i++)
            formatted.Add(FormatName(names[i], o, ctx, ctx.GivenLevel(variable, i, names[i]), i));

        var pieces = new List<CslOut>(formatted.Count * 2 + 2);
        var andTerm = o.And switch
        {
            "text" => ctx.Terms.Term("and"),
            "symbol" => "&",
            _ => null,
        };
        for (var i = 0; i < formatted.Count; i++)
        {
            if (i > 0)
            {
                var isLast = i == formatted.Count - 1 && !useEtAl && !useLast;
                if (isLast && andTerm is not null)
                {
                    // citeproc-js joins a trailing institution "contextually" whatever the style says.
                    var rule = names[i].Literal is not null ? "contextual" : o.DelimiterPrecedesLast;
                    var precedes = rule switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => IsInverted(i - 1, o, names[i - 1]),
                        _ => formatted.Count >= 3,
                    };
                    pieces.Add(new CslOut(CslAndTerm.Join(andTerm, precedes ? o.Delimiter : null)));
                }
                else
                    pieces.Add(new CslOut(o.Delimiter));
            }
            pieces.Add(formatted[i]);
        }
        if (useEtAl)
        {
            var term = ctx.Terms.Term(etAl?.Term ?? "et-al");
            if (!string.IsNullOrEmpty(term))
            {
                var precedes = o.DelimiterPrecedesEtAl switch
                {
                    "always" => true,
                    "never" => false,
                    "after-inverted-name" => IsInverted(shown - 1, o, names[shown - 1]),
                    _ => shown >= 2,
                };
                pieces.Add(new CslOut(precedes ? o.Delimiter : " "));
                pieces.Add(CslNode.Leaf(term, etAl?.Look ?? CslLook.None, ctx));
            }
        }
        else if (useLast)
        {
            pieces.Add(new CslOut(o.Delimiter + "… "));
            pieces.Add(FormatName(names[^1], o, ctx, ctx.GivenLevel(variable, names.Count - 1, names[^1]), names.Count - 1));
        }
        return CslNode.Wrap(pieces, null, _look, ctx);
    }

    private static bool IsInverted(int index, CslNameOptions o, CslName name) =>
        name.Literal is null && (o.NameAsSortOrder == "all" || o.NameAsSortOrder == "first" && index == 0);

    private static string SortKey(CslName name, CslNameOptions o)
    {
        if (name.Literal is not null)
            return name.Literal;
        var sb = new StringBuilder();
        if (o.Demote == "never" && name.NonDroppingParticle is not null)
            sb.Append(name.NonDroppingParticle).Append(' ');
        sb.Append(name.Family);
        if (o.Form == "short")
            return sb.ToString();
        if (o.Demote != "never" && name.NonDroppingParticle is not null)
            sb.Append(' ').Append(name.NonDroppingParticle);
        if (name.DroppingParticle is not null)
            sb.Append(' ').Append(name.DroppingParticle);
        if (name.Given is not null)
            sb.Append(' ').Append(Given(name.Given, o, 0));
        if (name.Suffix is not null)
            sb.Append(' ').Append(name.Suffix);
        return sb.ToString();
    }

    private CslOut FormatName(CslName name, CslNameOptions o, CslContext ctx, int level, int index)
    {
        if (name.Literal is not null)
            return Part(name.Literal, _familyLook, ctx);
        // A name with a given name only (a pseudonym such as "Banksy") is shown whole, never as initials.
        if (name.Family is null && name.Given is not null)
            return Part(name.Given, _familyLook, ctx);
        var form = o.Form;
        if (level > 0 && form == "short")
            form = "long";
        var familyFormat = _familyLook.WithoutAffixes();
        var givenFormat = _givenLook.WithoutAffixes();
        if (!name.IsRomanesque)
        {
            var family = Particle(name, name.NonDroppingParticle, name.Family ?? "");
            if (form == "short" || name.Given is null)
                return Part(family, _familyLook, ctx);
            return new CslOut([Part(family, _familyLook, ctx), Part(name.Given, _givenLook, ctx)], null);
        }
        // Particles are formatted with their name-part — the non-dropping one as the family name, the dropping one as
        // the given name — but stay separate words (CSL 1.0.2 "Name-part Formatting").
        var nonDropping = FamilyWithParticle(name, familyFormat, ctx);
        if (form == "short" || name.Given is null && name.DroppingParticle is null)
        {
            var only = new List<CslOut>(nonDropping);
            if (form != "short" && name.Suffix is not null)
                only.Add(new CslOut((name.CommaSuffix ? ", " : " ") + CslVariables.Typographic(name.Suffix, ctx.Terms)));
            return Affixed(only, _familyLook);
        }
        var given = name.Given is null ? null : Part(Given(name.Given, o, level), givenFormat, ctx);
        var dropping = name.DroppingParticle is null ? null : Part(name.DroppingParticle, givenFormat, ctx);
        var kids = new List<CslOut>(5);
        if (IsInverted(index, o, name))
        {
            var demote = o.Demote == "display-and-sort" && name.NonDroppingParticle is not null;
            kids.Add(Affixed(demote ? [Part(name.Family ?? "", familyFormat, ctx)] : nonDropping, _familyLook));
            var rest = Words([given, dropping, demote ? Part(name.NonDroppingParticle!, familyFormat, ctx) : null]);
            if (rest.Count > 0)
            {
                kids.Add(new CslOut(o.SortSeparator));
                kids.Add(Affixed(rest, _givenLook));
            }
            if (name.Suffix is not null)
            {
                kids.Add(new CslOut(o.SortSeparator));
                kids.Add(new CslOut(CslVariables.Typographic(name.Suffix, ctx.Terms)));
            }
        }
        else
        {
            if (given is not null)
            {
                kids.Add(Affixed([given], _givenLook));
                // A given-name suffix that is itself a space (often a no-break space) replaces the separating one.
                if (_givenLook.Suffix is not { Length: > 0 } givenSuffix || !char.IsWhiteSpace(givenSuffix[^1]))
                    kids.Add(new CslOut(" "));
            }
            var familyPart = Words([dropping]);
            if (familyPart.Count > 0 && name.DroppingParticle![^1] is not ('\'' or '’'))
                familyPart.Add(new CslOut(" "));
            familyPart.AddRange(nonDropping);
            if (name.Suffix is not null)
                familyPart.Add(new CslOut((name.CommaSuffix ? ", " : " ") + CslVariables.Typographic(name.Suffix, ctx.Terms)));
            kids.Add(Affixed(familyPart, _familyLook));
        }
        return new CslOut(kids, null);
    }

    /// <summary>The non-dropping particle and the family name, each a word formatted as the family name.</summary>
    private static List<CslOut> FamilyWithParticle(CslName name, CslLook format, CslContext ctx)
    {
        var family = Part(name.Family ?? "", format, ctx);
        if (string.IsNullOrEmpty(name.NonDroppingParticle))
            return [family];
        var particle = Part(name.NonDroppingParticle, format, ctx);
        return Attached(name, name.NonDroppingParticle) ? [particle, family] : [particle, new CslOut(" "), family];
    }

    private static List<CslOut> Words(IEnumerable<CslOut?> words)
    {
        var list = new List<CslOut>();
        foreach (var w in words)
        {
            if (w is null)
                continue;
            if (list.Count > 0)
                list.Add(new CslOut(" "));
            list.Add(w);
        }
        return list;
    }

    /// <summary>A name-part's affixes surround the whole part, particles included; its formatting is on each word.</summary>
    private static CslOut Affixed(List<CslOut> kids, CslLook partLook) =>
        partLook.Prefix is null && partLook.Suffix is null
            ? kids.Count == 1 ? kids[0] : new CslOut(kids, null)
            : new CslOut(kids, null, new CslLook { Prefix = partLook.Prefix, Suffix = partLook.Suffix });

    private static bool Attached(CslName name, string particle) =>
        name.ParticleSpace is { } space ? !space : particle[^1] is '\'' or '’' or '-';

    /// <summary>"van" + "Gogh"; particles ending in an apostrophe or hyphen attach without a space ("d’Alembert").</summary>
    private static string Particle(CslName name, string? particle, string family)
    {
        if (string.IsNullOrEmpty(particle))
            return family;
        return Attached(name, particle) ? particle + family : particle + " " + family;
    }

    private static CslOut Part(string text, CslLook look, CslContext ctx) => text.Contains('<', StringComparison.Ordinal)
        ? CslNameMarkup.Part(text, look, ctx)
        : CslNode.Leaf(CslVariables.Typographic(text, ctx.Terms), look, ctx);

    private static string Given(string given, CslNameOptions o, int level)
    {
        if (o.InitializeWith is null || level >= 2)
            return given;
        return given.Contains('<', StringComparison.Ordinal)
            ? CslNameMarkup.Initials(given, o.InitializeWith, o.Initialize, o.InitializeWithHyphen)
            : Initials(given, o.InitializeWith, o.Initialize, o.InitializeWithHyphen);
    }

    /// <summary>
    /// "Maria Teresa da Costa" → "M. T. da C." (initialize-with ". "): capitalised words become initials, lower-case words
    /// (particles inside given names) stay whole; "Jean-Paul" → "J.-P." unless initialize-with-hyphen is false.
    /// </summary>
    public static string Initials(string given, string with, bool initialize, bool hyphen)
    {
        var sb = new StringBuilder();
        foreach (var word in given.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                var pieces = part.Split('.', StringSplitOptions.RemoveEmptyEntries);
                var isInitials = part.Contains('.', StringComparison.Ordinal) || pieces.Length == 1 && pieces[0].Length == 1;
                if (!initialize && !isInitials)
                {
                    if (p > 0)
                        sb.Append('-');
                    sb.Append(part).Append(' ');
                    continue;
                }
                if (p > 0)
                {
                    // citeproc-js drops a lower-case part after a hyphen ("Seung-kyu" → "S.").
                    if (char.IsLower(part[0]))
                        continue;
                    TrimEndSpaces(sb);
                    if (hyphen)
                        sb.Append('-');
                }
                for (var k = 0; k < pieces.Length; k++)
                {
                    var piece = pieces[k];
                    var length = char.IsSurrogate(piece[0]) && piece.Length > 1 ? 2 : 1;
                    // A piece the data already ends with a period ("Ph.", "Ts.", "ME.") is an abbreviation kept whole.
                    var abbreviated = k < pieces.Length - 1 || part.EndsWith('.');
                    if (char.IsLower(piece[0]))
                        sb.Append(' ').Append(piece).Append(' ');
                    else if (abbreviated || piece.Length == length)
                        sb.Append(piece).Append(with);
                    else if (piece.Length > 2 && char.IsUpper(piece[0]) && char.IsUpper(piece[1]) && char.IsLower(piece[2]))
                    {
                        // A romanised digraph written as two capitals ("TSerendorjiin", "CHingis") keeps both letters.
                        sb.Append(piece[0]).Append(char.ToLowerInvariant(piece[1])).Append(with);
                    }
                    else
                        sb.Append(piece, 0, length).Append(with);
                }
            }
        }
        var text = sb.ToString();
        while (text.Contains("  ", StringComparison.Ordinal))
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        return text.Trim();
    }

    private static void TrimEndSpaces(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
            sb.Length--;
    }

    private sealed record ResolvedOptions(CslStyle Style, CslNameOptions Options);
}
