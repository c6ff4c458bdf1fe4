namespace Jixiao.Cli.Output;

/// The parts of the printed form a finding can be about, in the form's order.
internal enum FormSection
{
    /// 表头 and 项目基本情况: every member of the declaration that has no section of its own.
    HeaderAndBasics,
    Budget,
    FundSources,
    Indicators,
    Reviews,
}

internal static class FormSections
{
    /// The section a location (docs/json.md: "budget.total", "indicators[12].target") belongs to, by its first member.
    public static FormSection Of(string location)
    {
        var end = location.IndexOfAny(['.', '[']);
        return (end < 0 ? location : location[..end]) switch
        {
            "budget" => FormSection.Budget,
            "fundSources" => FormSection.FundSources,
            "indicators" => FormSection.Indicators,
            "reviews" => FormSection.Reviews,
            _ => FormSection.HeaderAndBasics,
        };
    }

    public static string Label(this FormSection section) => section switch
    {
        FormSection.HeaderAndBasics => "表头/基本信息",
        FormSection.Budget => "预算",
        FormSection.FundSources => "资金来源",
        FormSection.Indicators => "绩效指标",
        FormSection.Reviews => "审核意见",
    };
}
