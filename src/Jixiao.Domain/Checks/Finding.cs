namespace Jixiao.Domain.Checks;

/// Error blocks submission; warning is shown to filer and reviewer; info only explains.
public enum Severity
{
    Info,
    Warning,
    Error,
}

/// A concrete change that resolves a finding, which the UI can apply (and undo) with one click:
/// e.g. QUANTITY_IN_NAME moves "1个" out of the name into the value "=1个".
public sealed record Fix(string Location, string? Name = null, string? TargetText = null);

/// One defect found in a declaration or in the file it came from.
/// <see cref="Location"/> is a path into the declaration (docs/json.md): projectName, budget.total,
/// fundSources[0].children[1].currentYear, indicators[12].target …
public sealed record Finding(string Code, Severity Severity, string Location, string Message)
{
    /// What to write instead, in Chinese, when the checker can say.
    public string? Suggestion { get; init; }

    /// The same suggestion as a change the UI can apply.
    public Fix? Fix { get; init; }

    /// Line of the source text file the finding points at, when known.
    public int? Line { get; init; }

    /// Cell of the source workbook the finding points at (Sheet1!D23), when known.
    public string? Cell { get; init; }

    public static Finding Error(string code, string location, string message) => new(code, Severity.Error, location, message);
    public static Finding Warning(string code, string location, string message) => new(code, Severity.Warning, location, message);
}
