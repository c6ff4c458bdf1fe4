using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Data;
using Jixiao.Domain.Checks;

namespace Jixiao.Application.Declarations;

/// 提交: the latest version enters review along the route its project types call for — unless an error-level
/// finding remains, in which case nothing changes and the unit gets every finding at once.
public sealed class SubmitDeclaration(JixiaoDbContext db, AuditWriter audit, TimeProvider clock)
{
    public sealed record Outcome(StatusAndRoute? Submitted, IReadOnlyList<Finding> Findings);

    public async Task<Outcome> RunAsync(Caller caller, Guid id, CancellationToken ct)
    {
        await using var transaction = await db.BeginWriteAsync(ct);
        var record = await db.LoadVisibleAsync(caller, id, ct);
        record.EnsureOwnedBy(caller);
        var process = record.ToProcess();
        process.EnsureEditable();

        var content = DeclarationContent.Parse((await db.VersionAsync(id, record.Version, ct)).Content);
        var findings = DeclarationContent.Check(content);
        if (findings.Any(f => f.Severity == Severity.Error))
            return new Outcome(null, findings);

        process.Submit(content.ProjectTypes);
        record.Apply(process, clock.UtcNow());
        await audit.AppendAsync(caller, "declaration.submit", "declaration", record.Id.ToString(),
            new { version = record.Version, round = record.Round, route = record.Route }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(record.StatusView(process), findings);
    }
}
