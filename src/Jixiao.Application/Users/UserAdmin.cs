using System.Security.Cryptography;
using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Application.Organisations;
using Jixiao.Data;
using Jixiao.Data.Organisations;
using Jixiao.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Users;

/// The administrator creates users (with a role and an organisation that fit together), changes them, and issues
/// one-time passwords that must be changed at the next sign-in.
public sealed class UserAdmin(JixiaoDbContext db, UserManager<JixiaoUser> users, AuditWriter audit, TimeProvider clock)
{
    public sealed record UserView(Guid Id, string UserName, string DisplayName, UserRole Role, Guid? OrganisationId, string? Organisation, bool MustChangePassword, bool LockedOut);

    public sealed record UserInput(string? UserName, string? DisplayName, UserRole? Role, Guid? OrganisationId, string? Password);

    /// A created or reset user with the one-time password, shown once and never stored in clear.
    public sealed record UserWithPassword(UserView User, string? OneTimePassword);

    public async Task<IReadOnlyList<UserView>> ListAsync(Caller caller, CancellationToken ct)
    {
        OrganisationAdmin.EnsureAdmin(caller);
        var orgs = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        return [.. all.Select(u => View(u, orgs))];
    }

    public async Task<UserWithPassword> CreateAsync(Caller caller, UserInput input, CancellationToken ct)
    {
        OrganisationAdmin.EnsureAdmin(caller);
        await using var transaction = await db.BeginWriteAsync(ct);
        var created = await AddAsync(caller, input, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return created;
    }

    /// Adds a user inside the open write transaction (start-up and the demo seed use this directly).
    internal async Task<UserWithPassword> AddAsync(Caller actor, UserInput input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.UserName)) throw new BadInputException("请填写用户名（userName）。");
        if (input.Role is not { } role) throw new BadInputException("请选择角色（role）：filer、departmentReviewer、sectionReviewer 或 admin。");
        var org = await OrganisationForAsync(role, input.OrganisationId, ct);
        var oneTime = input.Password is null ? OneTimePassword() : null;
        var user = new JixiaoUser
        {
            UserName = input.UserName.Trim(), DisplayName = input.DisplayName?.Trim() is { Length: > 0 } name ? name : input.UserName.Trim(),
            Role = role, OrganisationId = org?.Id, MustChangePassword = oneTime is not null, LockoutEnabled = true,
            CreatedAt = clock.UtcNow(),
        };
        Check(await users.CreateAsync(user, input.Password ?? oneTime!));
        await audit.AppendAsync(actor, "user.create", "user", user.Id.ToString(),
            new { userName = user.UserName, role = role.ToString(), organisationId = user.OrganisationId }, ct);
        return new UserWithPassword(View(user, org is null ? [] : new() { [org.Id] = org.Name }), oneTime);
    }

    public async Task<UserView> UpdateAsync(Caller caller, Guid id, UserInput input, CancellationToken ct)
    {
        OrganisationAdmin.EnsureAdmin(caller);
        await using var transaction = await db.BeginWriteAsync(ct);
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("找不到该用户。");
        if (input.UserName is { } newName && newName.Trim() != user.UserName) throw new BadInputException("用户名不能修改。");
        var role = input.Role ?? user.Role;
        var org = await OrganisationForAsync(role, input.OrganisationId ?? user.OrganisationId, ct);
        user.Role = role;
        user.OrganisationId = org?.Id;
        if (!string.IsNullOrWhiteSpace(input.DisplayName)) user.DisplayName = input.DisplayName.Trim();
        Check(await users.UpdateAsync(user));
        await audit.AppendAsync(caller, "user.update", "user", user.Id.ToString(), new { role = role.ToString(), organisationId = user.OrganisationId, user.DisplayName }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return View(user, org is null ? [] : new() { [org.Id] = org.Name });
    }

    /// Replaces the password with a new one-time password (and lifts a lockout).
    public async Task<UserWithPassword> ResetPasswordAsync(Caller caller, Guid id, CancellationToken ct)
    {
        OrganisationAdmin.EnsureAdmin(caller);
        await using var transaction = await db.BeginWriteAsync(ct);
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("找不到该用户。");
        var oneTime = OneTimePassword();
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, oneTime));
        user.MustChangePassword = true;
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await audit.AppendAsync(caller, "user.resetPassword", "user", user.Id.ToString(), null, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new UserWithPassword(View(user, []), oneTime);
    }

    /// The signed-in user replaces their password; this clears the one-time-password restriction.
    public async Task ChangeOwnPasswordAsync(Caller caller, string? currentPassword, string? newPassword, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(currentPassword) || string.IsNullOrEmpty(newPassword))
            throw new BadInputException("请填写当前密码（currentPassword）和新密码（newPassword）。");
        await using var transaction = await db.BeginWriteAsync(ct);
        var user = await users.FindByIdAsync(caller.UserId.ToString()) ?? throw new NotFoundException("找不到该用户。");
        if (currentPassword == newPassword) throw new BadInputException("新密码不能与当前密码相同。");
        Check(await users.ChangePasswordAsync(user, currentPassword, newPassword));
        user.MustChangePassword = false;
        Check(await users.UpdateAsync(user));
        await audit.AppendAsync(caller, "user.changePassword", "user", user.Id.ToString(), null, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task<Organisation?> OrganisationForAsync(UserRole role, Guid? organisationId, CancellationToken ct)
    {
        var org = organisationId is { } id ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct)
            ?? throw new BadInputException("组织（organisationId）不存在。") : null;
        var fits = role switch
        {
            UserRole.Filer => org?.Kind is OrganisationKind.Department or OrganisationKind.BudgetUnit,
            UserRole.DepartmentReviewer => org?.Kind is OrganisationKind.Department,
            UserRole.SectionReviewer => org?.Kind is OrganisationKind.FinanceSection,
            UserRole.Admin => true,
        };
        if (!fits)
            throw new BadInputException(role switch
            {
                UserRole.Filer => "填报人须属于主管部门或预算单位。",
                UserRole.DepartmentReviewer => "主管部门审核人须属于主管部门。",
                UserRole.SectionReviewer => "财政科室审核人须属于财政局科室。",
                UserRole.Admin => "",
            });
        return org;
    }

    /// 16 characters from an alphabet without look-alikes, with every class Identity's password rules ask for.
    public static string OneTimePassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var body = RandomNumberGenerator.GetString(letters, 12);
        return $"{body}-Aa{RandomNumberGenerator.GetInt32(10)}";
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new BadInputException(string.Join("；", result.Errors.Select(e => IdentityMessages.Chinese(e))));
    }

    private static UserView View(JixiaoUser u, Dictionary<Guid, string> orgs) => new(
        u.Id, u.UserName ?? "", u.DisplayName, u.Role, u.OrganisationId,
        u.OrganisationId is { } o ? orgs.GetValueOrDefault(o) : null, u.MustChangePassword,
        u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow);
}
