using System.Globalization;
using System.Text;

namespace Revista.Citations;

/// <summary>CSL 1.0.2 "Text-case": lowercase, uppercase, capitalize-first, capitalize-all, sentence, title.</summary>
internal static class CslTextCase
{
    // The CSL 1.0.2 title-case stop words, plus the prepositions and name particles citeproc-js also leaves in lower case
    // ("Revista de Saúde Pública", "Epidemiologia e Serviços de Saúde").
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "above", "across", "after", "against", "along", "amid", "among", "an", "and", "around", "as", "at",
        "before", "behind", "below", "beneath", "beside", "between", "beyond", "but", "by", "c", "ca", "circa", "d'", "de",
        "despite", "down", "during", "e", "except", "for", "from", "in", "inside", "into", "like", "near", "nor", "of", "off",
        "on", "onto", "or", "out", "over", "per", "since", "so", "than", "the", "through", "till", "to", "toward",
        "towards", "under", "until", "up", "upon", "v", "van", "versus", "via", "von", "vs", "with", "within", "without",
        "yet",
    };

    public static void Apply(CslOut output, string textCase, CslContext ctx)
    {
        if (textCase == "title" && !IsEnglish(ctx))
            return;
        var leaves = output.Leaves().Where(l => !l.NoCase && !string.IsNullOrEmpty(l.Text)).ToList();
        if (leaves.Count == 0)
            return;
        switch (textCase)
        {
            case "lowercase":
                var lower = Culture(ctx);
                foreach (var l in leaves)
                    l.Text = l.Text!.ToLower(lower);
                break;
            case "uppercase":
                var upperCulture = Culture(ctx);
                foreach (var l in leaves)
                    l.Text = l.Text!.ToUpper(upperCulture);
                break;
            case "capitalize-first":
                leaves[0].Text = CapitalizeFirst(leaves[0].Text!);
                break;
            case "capitalize-all":
                foreach (var l in leaves)
                    l.Text = Words(l.Text!, (w, _) => CapitalizeFirst(w));
                break;
            case "sentence":
                var upper = leaves.All(l => !l.Text!.Any(char.IsLower));
                for (var i = 0; i < leaves.Count; i++)
                {
                    var t = upper ? leaves[i].Text!.ToLower(CultureInfo.InvariantCulture) : leaves[i].Text!;
                    leaves[i].Text = i == 0 ? CapitalizeFirst(t) : t;
                }
                break;
            case "title":
                // The last word keeps its stop-word exemption only when it is the last word of the whole text (not
                // followed by protected text).
                var lastCased = output.Leaves().LastOrDefault(l => !string.IsNullOrWhiteSpace(l.Text)) == leaves[^1];
                Title(leaves, lastCased);
                break;
        }
    }

    /// <summary>Title case applies to English items only: the item's language, else the locale's (CSL 1.0.2).</summary>
    private static bool IsEnglish(CslContext ctx)
    {
        var language = ctx.Item.Get("language");
        if (language is null)
            return ctx.Terms.IsEnglish;
        return language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The casing rules of the item's language, else the locale's: Turkish upper-cases "i" to "İ" and every other
    /// language "ı" to "I" (the invariant culture maps neither).
    /// </summary>
    private static CultureInfo Culture(CslContext ctx)
    {
        foreach (var tag in new[] { ctx.Item.Get("language"), ctx.Terms.Lang })
        {
            if (string.IsNullOrWhiteSpace(tag) || tag.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_'))
                continue;
            try
            {
                return CultureInfo.GetCultureInfo(tag.Replace('_', '-'), predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
            }
        }
        return CultureInfo.InvariantCulture;
    }

    private static void Title(List<CslOut> leaves, bool endsText)
    {
        // Words with capitals are kept as written (citeproc-js keeps "PLOS ONE"); lower-case words are capitalised.
        // Stop words stay lower case except first, last and after a colon (CSL 1.0.2 "Title case conversion"); a lone
        // letter inside the title ("07-x", "β-carotine") is a symbol, not a word, and keeps its case.
        var words = 0;
        foreach (var leaf in leaves)
            Words(leaf.Text!, (w, _) => { words++; return w; });
        var index = 0;
        var first = true;
        var afterColon = false;
        var previousEndsSentence = false;
        foreach (var leaf in leaves)
        {
            leaf.Text = Words(leaf.Text!, (word, separatorBefore) =>
            {
                if (separatorBefore.Contains(':', StringComparison.Ordinal) || separatorBefore.Contains('?', StringComparison.Ordinal)
                    || separatorBefore.Contains('!', StringComparison.Ordinal) || previousEndsSentence && separatorBefore.Contains(' ', StringComparison.Ordinal))
                    afterColon = true;
                previousEndsSentence = word.EndsWith('.') && word.Length > 2;
                var w = word;
                var last = ++index == words && endsText;
                string result;
                if (!first && !afterColon && w.Length == 1)
                    result = w;
                else if (!first && !afterColon && !last && StopWords.Contains(w))
                    result = w.ToLower(CultureInfo.InvariantCulture);
                else if (w.All(c => !char.IsLetter(c) || char.IsLower(c)))
                    result = CapitalizeFirst(w);
                else
                    result = w;
                first = false;
                afterColon = false;
                return result;
            });
        }
    }

    public static string CapitalizeFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
                return char.IsUpper(text[i]) ? text : string.Concat(text.AsSpan(0, i), char.ToUpper(text[i], CultureInfo.InvariantCulture).ToString(), text.AsSpan(i + 1));
        }
        return text;
    }

    /// <summary>Maps each word (letters, digits, apostrophes) through <paramref name="map"/>, passing the separator before it.</summary>
    private static string Words(string text, Func<string, string, string> map)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && !IsWordChar(text[i]))
                i++;
            var separator = text[start..i];
            sb.Append(separator);
            var wordStart = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            if (i > wordStart)
                sb.Append(map(text[wordStart..i], separator));
        }
        return sb.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’' or '.' or '`';
}
