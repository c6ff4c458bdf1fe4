using Jixiao.Data;
using Jixiao.Data.Declarations;
using Jixiao.Data.Users;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Access;

/// The one place that decides which declarations a caller may see. Every use case that reads or changes a
/// declaration starts from <see cref="VisibleDeclarations"/>, so a declaration outside the caller's scope is
/// simply not found (404), exactly as if it did not exist.
public static class DeclarationScope
{
    public static IQueryable<DeclarationRecord> VisibleDeclarations(this JixiaoDbContext db, Caller caller)
    {
        var declarations = db.Declarations.AsQueryable();
        if (caller.OrganisationId is not { } org) return declarations.Where(_ => false);

        switch (caller.Role)
        {
            case UserRole.Filer:
                // a filer sees only their unit's declarations
                return declarations.Where(d => d.UnitId == org);
            case UserRole.DepartmentReviewer:
                // a department reviewer sees those of the department's units (and its own)
                return declarations.Where(d => d.DepartmentId == org);
            case UserRole.SectionReviewer when caller.Stage is { } stage:
                // a finance section sees those waiting at its stage (a business section: only for the departments
                // assigned to it) and, read-only, those it has reviewed before
                return stage == ReviewStage.FinanceBusiness
                    ? declarations.Where(d =>
                        (d.Status == DeclarationStatus.InReview && d.CurrentStage == stage
                            && db.SectionAssignments.Any(a => a.SectionId == org && a.DepartmentId == d.DepartmentId))
                        || d.Steps.Any(s => s.SectionId == org))
                    : declarations.Where(d =>
                        (d.Status == DeclarationStatus.InReview && d.CurrentStage == stage)
                        || d.Steps.Any(s => s.SectionId == org));
            default:
                // administrators manage people and organisations, not declarations
                return declarations.Where(_ => false);
        }
    }

    /// The declarations waiting for the caller's decision: in review at the caller's stage and, for a business
    /// section, of a department assigned to it now. Seeing a declaration is not enough to decide on it: a section
    /// keeps seeing what it reviewed before, also after its departments were assigned to another section.
    public static IQueryable<DeclarationRecord> AwaitingDecision(this JixiaoDbContext db, Caller caller)
    {
        if (caller.Stage is not { } stage || caller.OrganisationId is not { } org) return db.Declarations.Where(_ => false);
        var waiting = db.VisibleDeclarations(caller).Where(d => d.Status == DeclarationStatus.InReview && d.CurrentStage == stage);
        return stage == ReviewStage.FinanceBusiness
            ? waiting.Where(d => db.SectionAssignments.Any(a => a.SectionId == org && a.DepartmentId == d.DepartmentId))
            : waiting;
    }
}
