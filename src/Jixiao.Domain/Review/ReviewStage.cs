namespace Jixiao.Domain.Review;

/// A stage of the review route (domain notes §5). The names are the API contract.
public enum ReviewStage
{
    /// 主管部门
    CompetentDepartment,
    /// 市财政局业务科
    FinanceBusiness,
    /// 市财政公共服务中心绩效评价科
    PerformanceEvaluation,
    /// 债务金融科 (PPP and government-debt projects)
    DebtFinance,
    /// 政府采购监管科 (government procurement and purchase-of-service projects)
    ProcurementSupervision,
}

public static class ReviewStageNames
{
    public static string Label(this ReviewStage stage) => stage switch
    {
        ReviewStage.CompetentDepartment => "主管部门",
        ReviewStage.FinanceBusiness => "市财政局业务科",
        ReviewStage.PerformanceEvaluation => "市财政公共服务中心绩效评价科",
        ReviewStage.DebtFinance => "市财政局债务金融科",
        ReviewStage.ProcurementSupervision => "市财政局政府采购监管科",
    };
}
