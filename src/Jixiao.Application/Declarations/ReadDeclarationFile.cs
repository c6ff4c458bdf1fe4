using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;

namespace Jixiao.Application.Declarations;

/// Reads a form file without storing anything: the declaration it holds and every finding (the reader's about the
/// file, then the checker's), each with its line or cell. The form editor uses it to fill the declaration being edited
/// from a file; nothing changes on the server until the user saves.
public sealed class ReadDeclarationFile
{
    public sealed record Result(Declaration Declaration, IReadOnlyList<Finding> Findings);

    public async Task<Result> RunAsync(Stream file, string fileName, CancellationToken ct)
    {
        var read = await ImportDeclaration.ReadAsync(file, fileName, ct);
        var findings = CreateDeclaration.Merge(read.Findings.WithSources(read.Sources), DeclarationContent.Check(read.Declaration));
        return new Result(read.Declaration, findings.WithSources(read.Sources));
    }
}
