using System.Text;

namespace Revista.Citations;

/// <summary>Text clean-up the line-based formats share.</summary>
internal static class CitationText
{
    /// <summary>Whitespace runs (line breaks, tabs) as single spaces; control characters dropped; trimmed.</summary>
    public static string OneLine(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                    text.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                text.Append(c);
            }
        }
        return text.ToString().Trim();
    }
}
