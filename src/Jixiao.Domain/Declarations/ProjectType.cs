namespace Jixiao.Domain.Declarations;

/// 项目类型: decides the review route (domain notes §5). The form does not print it; the filer chooses it.
public enum ProjectType
{
    /// 一般项目
    General,
    /// PPP项目
    Ppp,
    /// 政府债务项目
    GovernmentDebt,
    /// 政府采购项目
    GovernmentProcurement,
    /// 政府购买服务项目
    PurchaseOfService,
}

public static class ProjectTypeNames
{
    public static string Label(this ProjectType type) => type switch
    {
        ProjectType.General => "一般项目",
        ProjectType.Ppp => "PPP项目",
        ProjectType.GovernmentDebt => "政府债务项目",
        ProjectType.GovernmentProcurement => "政府采购项目",
        ProjectType.PurchaseOfService => "政府购买服务项目",
    };
}
