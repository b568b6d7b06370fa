using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Revista.Jats;

/// <summary>
/// The named character entities the JATS and NLM DTDs declare through the ISO 8879, ISO 9573-13 and MathML entity sets
/// (&amp;nbsp; &amp;mdash; &amp;eacute; …). Entities.txt is generated from those sets by scripts/generate-jats-entities.py.
/// Because the DTD itself is never read, references to these names are rewritten to numeric character references
/// before parsing; any other name is refused, so entities declared in a DOCTYPE are never expanded.
/// </summary>
internal static class JatsCharacterEntities
{
    private static readonly FrozenDictionary<string, string> Table = LoadTable();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int Count => Table.Count;

    /// <summary>The characters a named entity stands for, or null when the JATS DTDs do not declare it.</summary>
    public static string? Characters(string name) => Table.GetValueOrDefault(name);

    /// <summary>
    /// Rewrites every reference to a DTD-declared character entity into numeric references. Comments, CDATA sections,
    /// processing instructions and the DOCTYPE (with its internal subset) are left untouched, as XML does not
    /// expand references there. Returns the same string when there is nothing to rewrite.
    /// </summary>
    public static string Resolve(string text, string sourceName)
    {
        var span = text.AsSpan();
        StringBuilder? output = null;
        var copied = 0;
        // Only '&' is searched for; whether a candidate lies in a comment, CDATA section, PI or the DOCTYPE is worked
        // out lazily, looking for "<!" and "<?" between the last classified position and the candidate. Ordinary
        // files never pay for a walk over every tag.
        var classified = 0;
        var i = 0;
        while (i < span.Length)
        {
            var found = span[i..].IndexOf('&');
            if (found < 0)
                break;
            var at = i + found;
            i = at + 1;
            var nameLength = EntityNameLength(span[i..]);
            if (nameLength == 0 || i + nameLength >= span.Length || span[i + nameLength] != ';')
                continue;
            var name = span.Slice(i, nameLength);
            if (IsPredefined(name))
            {
                i += nameLength + 1;
                continue;
            }
            if (UnparsedSectionEnd(span, ref classified, at) is { } sectionEnd)
            {
                i = sectionEnd;
                continue;
            }
            if (!Lookup.TryGetValue(name, out var characters))
                throw UnknownEntity(span, at, name.ToString(), sourceName);
            i += nameLength + 1;
            output ??= new StringBuilder(text.Length + 1024);
            output.Append(span[copied..at]);
            AppendNumericReferences(output, characters, i - at);
            copied = i;
        }
        if (output is null)
            return text;
        output.Append(span[copied..]);
        return output.ToString();
    }

    /// <summary>
    /// When <paramref name="position"/> lies inside a comment, CDATA section, processing instruction or DOCTYPE, the
    /// index just past that section; otherwise null. Everything before <paramref name="classified"/> is known markup-free.
    /// </summary>
    private static int? UnparsedSectionEnd(ReadOnlySpan<char> text, ref int classified, int position)
    {
        while (classified < position)
        {
            var window = text[classified..position];
            var bang = window.IndexOf("<!", StringComparison.Ordinal);
            var question = window.IndexOf("<?", StringComparison.Ordinal);
            var next = bang < 0 ? question : question < 0 ? bang : Math.Min(bang, question);
            if (next < 0)
            {
                classified = position;
                return null;
            }
            var start = classified + next;
            var end = SkipUnparsedSection(text, start);
            classified = end;
            if (end > position)
                return end;
        }
        return null;
    }

    private static bool IsPredefined(ReadOnlySpan<char> name) =>
        name is "amp" or "lt" or "gt" or "quot" or "apos";

    /// <summary>Length of an XML Name at the start of the text (XML 1.0 §2.3, approximated by Unicode categories); 0 if none.</summary>
    private static int EntityNameLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !(char.IsLetter(text[0]) || text[0] is '_' or ':'))
            return 0;
        var length = 1;
        while (length < text.Length && (char.IsLetterOrDigit(text[length]) || text[length] is '_' or ':' or '.' or '-'
            || CharUnicodeInfo.GetUnicodeCategory(text[length]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
        {
            length++;
        }
        return length;
    }

    /// <summary>
    /// Writes "&amp;#x…;" for each character. A single character is zero-padded to the length of the reference it replaces so
    /// that columns in later error messages still match the file.
    /// </summary>
    private static void AppendNumericReferences(StringBuilder output, string characters, int replacedLength)
    {
        var runes = characters.EnumerateRunes();
        var single = characters.Length == 1 || (characters.Length == 2 && char.IsSurrogatePair(characters[0], characters[1]));
        foreach (var rune in runes)
        {
            var hex = rune.Value.ToString("X", CultureInfo.InvariantCulture);
            if (single)
                hex = hex.PadLeft(replacedLength - 4, '0');
            output.Append("&#x").Append(hex).Append(';');
        }
    }

    /// <summary>Index just past a comment, CDATA section, processing instruction or DOCTYPE starting at <paramref name="start"/>; start + 1 for any other '&lt;'.</summary>
    private static int SkipUnparsedSection(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        if (rest.StartsWith("<!--"))
            return SkipPast(text, start + 4, "-->");
        if (rest.StartsWith("<![CDATA["))
            return SkipPast(text, start + 9, "]]>");
        if (rest.StartsWith("<?"))
            return SkipPast(text, start + 2, "?>");
        if (rest.StartsWith("<!DOCTYPE"))
            return SkipDoctype(text, start + 9);
        return start + 1;
    }

    private static int SkipPast(ReadOnlySpan<char> text, int from, string terminator)
    {
        var at = text[from..].IndexOf(terminator, StringComparison.Ordinal);
        return at < 0 ? text.Length : from + at + terminator.Length;
    }

    /// <summary>XML 1.0 §2.8 doctypedecl: quoted literals and the bracketed internal subset may contain '&gt;'.</summary>
    private static int SkipDoctype(ReadOnlySpan<char> text, int i)
    {
        var inSubset = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = SkipPast(text, i + 1, c == '"' ? "\"" : "'");
                continue;
            }
            if (inSubset)
            {
                if (text[i..].StartsWith("<!--"))
                {
                    i = SkipPast(text, i + 4, "-->");
                    continue;
                }
                if (text[i..].StartsWith("<?"))
                {
                    i = SkipPast(text, i + 2, "?>");
                    continue;
                }
                if (c == ']')
                    inSubset = false;
            }
            else if (c == '[')
            {
                inSubset = true;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            i++;
        }
        return text.Length;
    }

    private static JatsFormatException UnknownEntity(ReadOnlySpan<char> text, int at, string name, string sourceName)
    {
        var before = text[..at];
        var hasInternalSubset = before.Contains("<!ENTITY", StringComparison.Ordinal);
        var line = before.Count('\n') + 1;
        var column = at - (before.LastIndexOf('\n') + 1) + 1;
        var subset = hasInternalSubset ? " The DOCTYPE's internal subset declares entities of its own; they are ignored." : "";
        return new JatsFormatException(
            $"{sourceName}: the entity reference &{name}; at line {line}, column {column} is not one of the standard character entities of the JATS DTDs. "
            + "Revista does not expand entities declared in a DTD or in the document's internal subset (this also keeps out \"billion laughs\" attacks)."
            + subset + " Replace the reference with the character itself or a numeric character reference such as &#x00E9;.",
            line, column);
    }

    private static FrozenDictionary<string, string> LoadTable()
    {
        using var stream = typeof(JatsCharacterEntities).Assembly.GetManifestResourceStream("Revista.Jats.Entities.txt")
            ?? throw new InvalidOperationException("The embedded resource Revista.Jats.Entities.txt is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                continue;
            var characters = new StringBuilder();
            foreach (var codePoint in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                characters.Append(char.ConvertFromUtf32(int.Parse(codePoint.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            table[line[..tab]] = characters.ToString();
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
