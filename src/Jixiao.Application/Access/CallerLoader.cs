using Jixiao.Data;
using Jixiao.Data.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Access;

/// Builds the <see cref="Caller"/> for a user id from the database, so that a changed role or organisation takes
/// effect on the next request, not at the next sign-in.
public sealed class CallerLoader(JixiaoDbContext db)
{
    public async Task<Caller?> LoadAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return null;
        var org = user.OrganisationId is { } orgId
            ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId, ct)
            : null;
        return new Caller
        {
            UserId = user.Id,
            UserName = user.UserName ?? "",
            DisplayName = user.DisplayName,
            Role = user.Role,
            OrganisationId = org?.Id,
            OrganisationName = org?.Name,
            OrganisationKind = org?.Kind,
            SectionKind = org?.SectionKind,
            DepartmentId = org?.Kind switch
            {
                OrganisationKind.Department => org.Id,
                OrganisationKind.BudgetUnit => org.ParentId,
                _ => null,
            },
            MustChangePassword = user.MustChangePassword,
        };
    }
}
