using Microsoft.AspNetCore.Identity;

namespace Jixiao.Data.Users;

/// What a user may do. One role per user: people who do two jobs get two accounts, so every action has one meaning.
public enum UserRole
{
    /// 填报人: fills and submits the declarations of their unit.
    Filer,
    /// 主管部门审核人: reviews the declarations of the department's units.
    DepartmentReviewer,
    /// 财政科室审核人: reviews at their section's stage.
    SectionReviewer,
    /// 管理员: manages organisations and users.
    Admin,
}

/// A user account (ASP.NET Core Identity, hashed password, lockout) with its role and organisation.
public sealed class JixiaoUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public UserRole Role { get; set; }
    public Guid? OrganisationId { get; set; }

    /// Set for a one-time password: every call but changing it answers 403 until it is changed.
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAt { get; set; }
}
