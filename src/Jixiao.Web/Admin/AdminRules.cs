using Jixiao.Data.Organisations;
using Jixiao.Data.Users;

namespace Jixiao.Web.Admin;

/// What the administration forms offer, so that they offer only what the API accepts (it checks the same).
public static class AdminRules
{
    /// The organisations a user of <paramref name="role"/> may belong to.
    public static bool Fits(UserRole role, OrganisationKind kind) => role switch
    {
        UserRole.Filer => kind is OrganisationKind.Department or OrganisationKind.BudgetUnit,
        UserRole.DepartmentReviewer => kind is OrganisationKind.Department,
        UserRole.SectionReviewer => kind is OrganisationKind.FinanceSection,
        UserRole.Admin => true,
    };

    /// The kind of organisation one of <paramref name="kind"/> sits under, or null for the roots of the tree.
    public static OrganisationKind? ParentKind(OrganisationKind kind) => kind switch
    {
        OrganisationKind.FinanceSection => OrganisationKind.FinanceBureau,
        OrganisationKind.BudgetUnit => OrganisationKind.Department,
        OrganisationKind.FinanceBureau or OrganisationKind.Department => null,
    };
}
