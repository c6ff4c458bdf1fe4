using Jixiao.Domain.Checks;

namespace Jixiao.Interchange.Json;

/// What goes wrong while mapping well-formed JSON onto the model: a value of the right JSON type that means nothing
/// ("direction": "up", a typed target without its number). Read strictly (the server's POST, <see cref="DeclarationJson.Deserialize"/>)
/// the first one throws; read from a file, each becomes an error finding so the filer sees all of them at once, with
/// the checker's findings, and the value is left blank.
internal sealed class MappingProblems(bool strict)
{
    /// A reader finding: a JSON member whose value the model cannot hold.
    public const string Code = "INVALID_JSON_VALUE";

    private readonly List<Finding> _findings = [];

    public IReadOnlyList<Finding> Findings => _findings;

    public static MappingProblems Strict() => new(strict: true);

    public static MappingProblems Collect() => new(strict: false);

    public void Report(string location, string message, string? suggestion = null)
    {
        if (strict) throw new JsonReadException(location, message);
        _findings.Add(Finding.Error(Code, location, message) with { Suggestion = suggestion });
    }

    /// A null where an object or string must be: the shape is wrong, so this throws in either mode
    /// (skipping the element would shift the index of every later one).
    public static T NotNull<T>(T? item, string location, string expected) where T : class =>
        item ?? throw new JsonReadException(location, expected);
}
