using Jixiao.Domain.Checks;

namespace Jixiao.Interchange.Json;

/// One finding as JSON (docs/json.md, "Findings"). Every member is always written, null when it does not apply,
/// so that a script sees the same eight members on every finding.
public sealed record FindingDto
{
    public string? Code { get; init; }
    public string? Severity { get; init; }
    public string? Location { get; init; }
    public string? Message { get; init; }
    public string? Suggestion { get; init; }
    public FixDto? Fix { get; init; }
    public int? Line { get; init; }
    public string? Cell { get; init; }

    public static FindingDto From(Finding f) => new()
    {
        Code = f.Code,
        Severity = JsonNames.Of(f.Severity),
        Location = f.Location,
        Message = f.Message,
        Suggestion = f.Suggestion,
        Fix = f.Fix is { } fix ? new FixDto { Location = fix.Location, Name = fix.Name, Target = fix.TargetText } : null,
        Line = f.Line,
        Cell = f.Cell,
    };

    /// The finding; a severity other than error, warning or info throws <see cref="JsonReadException"/>.
    public Finding ToDomain() => ToDomain("");

    internal Finding ToDomain(string path)
    {
        if (!JsonNames.TryParse<Severity>(Severity, out var severity))
            throw new JsonReadException(JsonPath.Member(path, "severity"), $"应为 {JsonNames.All<Severity>()} 之一");
        return new Finding(Code ?? "", severity, Location ?? "", Message ?? "")
        {
            Suggestion = Suggestion,
            Fix = Fix is { } fix ? new Fix(fix.Location ?? "", fix.Name, fix.Target) : null,
            Line = Line,
            Cell = Cell,
        };
    }
}

/// A change that applies a finding's suggestion: the new indicator name and/or target text at a location.
public sealed record FixDto
{
    public string? Location { get; init; }
    public string? Name { get; init; }
    public string? Target { get; init; }
}
