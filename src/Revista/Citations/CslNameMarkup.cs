using System.Text;
using System.Text.RegularExpressions;

namespace Revista.Citations;

/// <summary>
/// Rich-text markup inside name parts ("&lt;b&gt;Doe&lt;/b&gt;"): the part is formatted like a field, and a given name
/// made initials keeps each word's markup around its initial ("&lt;b&gt;John&lt;/b&gt; Quiggly" → "&lt;b&gt;J.&lt;/b&gt; Q.").
/// </summary>
internal static partial class CslNameMarkup
{
    public static CslOut Part(string text, CslLook look, CslContext ctx)
    {
        var rich = CslMarkup.ParseTypographic(text, ctx.Terms, quotes: false);
        return CslNode.Wrap([rich], null, look, ctx) ?? rich;
    }

    /// <summary>Initials word by word (and hyphen part by part), each inside the tags its word had.</summary>
    public static string Initials(string given, string with, bool initialize, bool hyphen)
    {
        var sb = new StringBuilder();
        var joined = with.TrimEnd();
        foreach (var word in given.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var p = 0; p < parts.Length; p++)
            {
                var tagged = Tagged().Match(parts[p]);
                var initials = CslNameNode.Initials(tagged.Groups[2].Value, with, initialize, hyphen);
                if (initials.Length == 0)
                    continue;
                if (sb.Length > 0)
                {
                    if (p > 0)
                    {
                        while (sb[^1] == ' ')
                            sb.Length--;
                        if (hyphen)
                            sb.Append('-');
                    }
                    else if (!(initials.EndsWith(joined, StringComparison.Ordinal) && joined.Length > 0 && !with.EndsWith(' ')))
                        sb.Append(' ');
                }
                sb.Append(tagged.Groups[1].Value).Append(initials).Append(tagged.Groups[3].Value);
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^((?:<[^<>/][^<>]*>)*)(.*?)((?:</[^<>]+>)*)$", RegexOptions.Singleline)]
    private static partial Regex Tagged();
}
