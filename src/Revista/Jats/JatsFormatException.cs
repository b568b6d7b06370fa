namespace Revista.Jats;

/// <summary>The file is not readable JATS: malformed XML, a forbidden construct, or another vocabulary. Line and column are 1-based when known.</summary>
public sealed class JatsFormatException : Exception
{
    public JatsFormatException(string message, int? line = null, int? column = null, Exception? inner = null)
        : base(message, inner)
    {
        Line = line;
        Column = column;
    }

    public JatsFormatException() : this("The file is not readable JATS.") { }
    public JatsFormatException(string message) : this(message, null, null) { }
    public JatsFormatException(string message, Exception inner) : this(message, null, null, inner) { }

    public int? Line { get; }
    public int? Column { get; }
}
