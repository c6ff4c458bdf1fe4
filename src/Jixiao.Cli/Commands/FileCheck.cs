using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;

namespace Jixiao.Cli.Commands;

/// One file checked: the declaration read from it and every finding, or why it could not be read.
internal sealed record FileCheck(string Path, Declaration? Declaration, IReadOnlyList<Finding> Findings, string? Problem)
{
    /// The reader's findings and the checker's, each with the line or cell it points at.
    public static FileCheck Run(InputFile input)
    {
        if (input.Problem is not null) return new FileCheck(input.Path, null, [], input.Problem);
        if (DeclarationFile.TryRead(input.Path, out var problem) is not { } read) return new FileCheck(input.Path, null, [], problem);

        IReadOnlyList<Finding> findings = [.. read.Findings, .. DeclarationChecker.Run(read.Declaration)];
        return new FileCheck(input.Path, read.Declaration, findings.WithSources(read.Sources), null);
    }

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public int ExitCode =>
        Problem is not null ? ExitCodes.Unreadable
        : Findings.Any(f => f.Severity == Severity.Error) ? ExitCodes.Errors
        : ExitCodes.Ok;
}
