using Jixiao.Data.Organisations;
using Jixiao.Data.Users;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Access;

/// Who is calling a use case: the signed-in user with their role and organisation, resolved once per request.
public sealed record Caller
{
    public required Guid UserId { get; init; }
    public required string UserName { get; init; }
    public required string DisplayName { get; init; }
    public required UserRole Role { get; init; }
    public Guid? OrganisationId { get; init; }
    public string? OrganisationName { get; init; }
    public OrganisationKind? OrganisationKind { get; init; }
    public SectionKind? SectionKind { get; init; }

    /// The competent department (主管部门) of the caller's organisation: itself, or a budget unit's parent.
    public Guid? DepartmentId { get; init; }

    public bool MustChangePassword { get; init; }

    /// The review stage this caller acts at, or null for filers and administrators.
    public ReviewStage? Stage => Role switch
    {
        UserRole.DepartmentReviewer => ReviewStage.CompetentDepartment,
        UserRole.SectionReviewer => SectionKind switch
        {
            Data.Organisations.SectionKind.Business => ReviewStage.FinanceBusiness,
            Data.Organisations.SectionKind.PerformanceEvaluation => ReviewStage.PerformanceEvaluation,
            Data.Organisations.SectionKind.DebtFinance => ReviewStage.DebtFinance,
            Data.Organisations.SectionKind.ProcurementSupervision => ReviewStage.ProcurementSupervision,
            null => null,
        },
        _ => null,
    };

    /// The command line and the server's own start-up work act as this caller in the audit log.
    public static Caller System { get; } = new()
    {
        UserId = Guid.Empty, UserName = "system", DisplayName = "系统", Role = UserRole.Admin,
    };
}
