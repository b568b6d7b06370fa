namespace Revista.Citations;

/// <summary>A style, locale or CSL-JSON input that cannot be used; the message names the source, the place and the fix.</summary>
public sealed class CslFormatException : Exception
{
    public CslFormatException()
    {
    }

    public CslFormatException(string message) : base(message)
    {
    }

    public CslFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
