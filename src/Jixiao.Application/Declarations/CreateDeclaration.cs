using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Data;
using Jixiao.Data.Declarations;
using Jixiao.Data.Users;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;

namespace Jixiao.Application.Declarations;

/// A filer creates a declaration for their unit from the JSON of docs/json.md; it starts as a draft, version 1.
public sealed class CreateDeclaration(JixiaoDbContext db, AuditWriter audit, TimeProvider clock)
{
    public async Task<CreatedDeclaration> RunAsync(Caller caller, Declaration content, string origin, IReadOnlyList<Finding> readerFindings, CancellationToken ct)
    {
        if (caller.Role != UserRole.Filer || caller.OrganisationId is not { } unit || caller.DepartmentId is not { } department)
            throw new ForbiddenException("只有预算单位的填报人可以新建申报表。");

        await using var transaction = await db.BeginWriteAsync(ct);
        var record = await AddAsync(caller, unit, department, content, origin, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CreatedDeclaration(record.Id, record.Version, Merge(readerFindings, DeclarationContent.Check(content)));
    }

    /// The reader's findings first (they know the source line), then the checker's that say something new: a value the
    /// reader found missing is not reported twice.
    internal static IReadOnlyList<Finding> Merge(IReadOnlyList<Finding> reader, IReadOnlyList<Finding> checker) =>
        [.. reader, .. checker.Where(c => !reader.Any(r => r.Code == c.Code && r.Location == c.Location))];

    /// Adds the declaration and its audit entry to the open write transaction (the demo seed uses this directly).
    internal async Task<DeclarationRecord> AddAsync(Caller actor, Guid unitId, Guid departmentId, Declaration content, string origin, CancellationToken ct)
    {
        var now = clock.UtcNow();
        var json = DeclarationContent.ToJson(content);
        var record = new DeclarationRecord
        {
            UnitId = unitId, DepartmentId = departmentId, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        record.Index(content);
        record.Apply(new Domain.Review.ReviewProcess(), now);
        record.Versions.Add(new DeclarationVersion { Number = 1, Content = json, Origin = origin, CreatedById = actor.UserId, CreatedAt = now });
        db.Declarations.Add(record);
        await audit.AppendAsync(actor, "declaration.create", "declaration", record.Id.ToString(),
            new { origin, version = 1, projectName = record.ProjectName, unitId }, ct);
        return record;
    }
}
