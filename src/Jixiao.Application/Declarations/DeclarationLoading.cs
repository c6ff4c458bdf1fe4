using Jixiao.Application.Access;
using Jixiao.Data;
using Jixiao.Data.Declarations;
using Jixiao.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Declarations;

/// Loading a declaration always goes through the caller's scope (<see cref="DeclarationScope"/>).
public static class DeclarationLoading
{
    public static async Task<DeclarationRecord> LoadVisibleAsync(this JixiaoDbContext db, Caller caller, Guid id, CancellationToken ct) =>
        await db.VisibleDeclarations(caller).Include(d => d.Steps).Include(d => d.Department).SingleOrDefaultAsync(d => d.Id == id, ct)
        ?? throw new NotFoundException();

    /// The same, for use cases that only read: the rows are not tracked for changes.
    public static async Task<DeclarationRecord> ReadVisibleAsync(this JixiaoDbContext db, Caller caller, Guid id, CancellationToken ct) =>
        await db.VisibleDeclarations(caller).AsNoTracking().Include(d => d.Steps).Include(d => d.Department).SingleOrDefaultAsync(d => d.Id == id, ct)
        ?? throw new NotFoundException();

    public static async Task<DeclarationVersion> VersionAsync(this JixiaoDbContext db, Guid id, int number, CancellationToken ct) =>
        await db.DeclarationVersions.AsNoTracking().SingleOrDefaultAsync(v => v.DeclarationId == id && v.Number == number, ct)
        ?? throw new NotFoundException($"申报表没有第 {number} 版。");

    /// Only the unit's own filers change, submit, withdraw or adjust a declaration; others who may see it get 403.
    public static void EnsureOwnedBy(this DeclarationRecord declaration, Caller caller)
    {
        if (caller.Role != UserRole.Filer || declaration.UnitId != caller.OrganisationId)
            throw new ForbiddenException("只有本单位的填报人可以修改、提交、撤回或调整申报表。");
    }
}
