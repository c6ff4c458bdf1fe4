using Jixiao.Domain.Declarations;

namespace Jixiao.Domain.Checks;

/// Runs every check of domain notes §8 and returns all findings at once, in form order.
public static class DeclarationChecker
{
    public static IReadOnlyList<Finding> Run(Declaration declaration, CheckOptions? options = null)
    {
        _ = declaration;
        _ = options ?? CheckOptions.Default;
        // TODO(checker): the rules.
        return [];
    }

    /// Adds the source line or cell to each finding whose location the map knows.
    public static IReadOnlyList<Finding> WithSources(this IReadOnlyList<Finding> findings, SourceMap sources) =>
        findings.Select(f => sources.Find(f.Location) is { } s && f.Line is null && f.Cell is null
            ? f with { Line = s.Line, Cell = s.Cell }
            : f).ToList();
}
