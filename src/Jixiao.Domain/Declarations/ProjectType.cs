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
    /// The special type a text names, in a title (政府购买服务项目绩效目标表) or an option (购买服务类, 政府采购, PPP,
    /// 债务项目); null for a text that names none, or only a general project (经常性项目, 政策补贴类 say nothing of
    /// the route).
    public static ProjectType? Mentioned(string text)
    {
        if (text.Contains("购买服务", StringComparison.Ordinal)) return ProjectType.PurchaseOfService;
        if (text.Contains("政府采购", StringComparison.Ordinal)) return ProjectType.GovernmentProcurement;
        if (text.Contains("PPP", StringComparison.OrdinalIgnoreCase)) return ProjectType.Ppp;
        if (text.Contains("政府债务", StringComparison.Ordinal) || text.Contains("债务项目", StringComparison.Ordinal)) return ProjectType.GovernmentDebt;
        return null;
    }

    public static string Label(this ProjectType type) => type switch
    {
        ProjectType.General => "一般项目",
        ProjectType.Ppp => "PPP项目",
        ProjectType.GovernmentDebt => "政府债务项目",
        ProjectType.GovernmentProcurement => "政府采购项目",
        ProjectType.PurchaseOfService => "政府购买服务项目",
    };
}
