using Jixiao.Domain.Declarations;
using static Jixiao.Domain.Review.ReviewStage;

namespace Jixiao.Domain.Review;

/// The review route (审核流程) a declaration takes, decided by its project types (form notes 1–3).
public static class ReviewRoute
{
    /// Every declaration goes 主管部门 → 业务科, then to the sections its types call for: 绩效评价科 for a
    /// general project; 债务金融科 and/or 政府采购监管科 instead for the special types, each matching section in turn.
    public static IReadOnlyList<ReviewStage> For(IEnumerable<ProjectType> types)
    {
        var finalStages = types.Select(FinalStageFor).Distinct().ToList();
        // A special type replaces 绩效评价科 (notes 2 and 3); "general" beside a special type adds nothing.
        if (finalStages.Count > 1) finalStages.Remove(PerformanceEvaluation);
        if (finalStages.Count == 0) finalStages.Add(PerformanceEvaluation);
        finalStages.Sort();
        return [CompetentDepartment, FinanceBusiness, .. finalStages];
    }

    public static ReviewStage FinalStageFor(ProjectType type) => type switch
    {
        ProjectType.General => PerformanceEvaluation,
        // PPP and government-debt projects skip 绩效评价科 and go to 债务金融科 (form note 2).
        ProjectType.Ppp or ProjectType.GovernmentDebt => DebtFinance,
        // Procurement and purchase-of-service projects skip it and go to 政府采购监管科 (form note 3).
        ProjectType.GovernmentProcurement or ProjectType.PurchaseOfService => ProcurementSupervision,
    };
}
