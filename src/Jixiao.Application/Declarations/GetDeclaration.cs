using Jixiao.Application.Access;
using Jixiao.Data;
using Jixiao.Data.Users;

namespace Jixiao.Application.Declarations;

/// One declaration as the caller may see it: state, route with each stage's state, the latest content and its findings.
public sealed class GetDeclaration(JixiaoDbContext db)
{
    public async Task<DeclarationDetails> RunAsync(Caller caller, Guid id, CancellationToken ct)
    {
        var record = await db.ReadVisibleAsync(caller, id, ct);
        var version = await db.VersionAsync(id, record.Version, ct);
        var process = record.ToProcess();
        var (content, json) = DeclarationContent.ReadStored(version.Content);
        return new DeclarationDetails(
            record.Id, record.Status, record.CurrentStage, record.Version,
            [.. content.ProjectTypes.Select(DeclarationContent.ProjectTypeName)],
            process.Progress(content.ProjectTypes).ToView(),
            json,
            DeclarationContent.Check(content),
            record.Department?.Name ?? "",
            record.UpdatedAt,
            process.IsEditable && caller.Role == UserRole.Filer && caller.OrganisationId == record.UnitId);
    }
}
