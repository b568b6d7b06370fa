namespace Revista.Data;

/// <summary>The database belongs to a schema this build cannot migrate; the message says what to do.</summary>
public sealed class RevistaSchemaException(string message) : Exception(message);
