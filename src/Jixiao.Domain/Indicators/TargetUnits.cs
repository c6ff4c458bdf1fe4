namespace Jixiao.Domain.Indicators;

/// The units seen on real forms (domain notes §4) and what they mean.
public static class TargetUnits
{
    /// Units of time: a quantity in one of these is a duration.
    public static readonly IReadOnlySet<string> Time = new HashSet<string>(StringComparer.Ordinal)
    {
        "年", "个月", "月", "周", "天", "日", "个工作日", "工作日", "小时", "分钟", "秒", "个小时",
    };

    /// Units of money: a cost target in one of these is monetary (COST_MONETARY).
    public static bool IsMoney(string unit) =>
        unit is "元" or "万元" or "亿元" or "千元" || unit.StartsWith("元/", StringComparison.Ordinal) || unit.StartsWith("万元/", StringComparison.Ordinal);

    public static bool IsTime(string unit) => Time.Contains(unit);
}
