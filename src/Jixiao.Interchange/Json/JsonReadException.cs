namespace Jixiao.Interchange.Json;

/// JSON that cannot be read as a declaration or as findings: malformed, a member of the wrong type, or (when reading
/// strictly) a value that means nothing. The message is Chinese and names the path, "indicators[3].target: 应为对象",
/// so that the CLI can print it and the server can answer 400 with it as is.
public sealed class JsonReadException(string location, string reason, Exception? inner = null)
    : Exception(location.Length == 0 ? reason : $"{location}: {reason}", inner)
{
    /// The path into the declaration (docs/json.md), "" for the document as a whole.
    public string Location { get; } = location;

    public string Reason { get; } = reason;
}
