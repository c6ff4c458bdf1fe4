using Jixiao.Domain.Checks;

namespace Jixiao.Web.Shared;

/// A finding as docs/json.md writes it: {code, severity, location, message, suggestion, fix, line, cell}.
public sealed record FindingDto(string Code, string Severity, string Location, string Message, string? Suggestion, FixDto? Fix, int? Line, string? Cell);

public sealed record FixDto(string Location, string? Name, string? Target);

public static class FindingDtos
{
    public static IReadOnlyList<FindingDto> AsDto(this IEnumerable<Finding> findings) =>
        [.. findings.Select(f => new FindingDto(
            f.Code,
            f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", Severity.Info => "info" },
            f.Location, f.Message, f.Suggestion,
            f.Fix is { } fix ? new FixDto(fix.Location, fix.Name, fix.TargetText) : null,
            f.Line, f.Cell))];
}
