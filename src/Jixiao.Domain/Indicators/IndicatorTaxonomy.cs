namespace Jixiao.Domain.Indicators;

/// Which central rule the indicator tree follows: 财预〔2015〕88号 keeps 成本 under 产出;
/// 财预〔2021〕101号 lifts 成本指标 to level 1. A declaration uses one of them.
public enum IndicatorSchema
{
    Fiscal2015No88,
    Fiscal2021No101,
}

/// The fixed level-1 / level-2 taxonomy (一级/二级指标) of domain notes §3, and the spellings seen on real
/// forms mapped onto the canonical names. Level 3 is the project's own indicator.
public static class IndicatorTaxonomy
{
    public const string Output = "产出指标";
    public const string Benefit = "效益指标";
    public const string Satisfaction = "满意度指标";
    public const string Cost = "成本指标";

    public const string Quantity = "数量指标";
    public const string Quality = "质量指标";
    public const string Timeliness = "时效指标";
    public const string OutputCost = "成本指标";
    public const string Economic = "经济效益指标";
    public const string Social = "社会效益指标";
    public const string Ecological = "生态效益指标";
    public const string Sustainable = "可持续影响指标";
    public const string ServiceSatisfaction = "服务对象满意度指标";
    public const string EconomicCost = "经济成本指标";
    public const string SocialCost = "社会成本指标";
    public const string EcologicalCost = "生态环境成本指标";

    public static IReadOnlyList<string> Level1Names(IndicatorSchema schema) => schema switch
    {
        IndicatorSchema.Fiscal2015No88 => [Output, Benefit, Satisfaction],
        IndicatorSchema.Fiscal2021No101 => [Output, Cost, Benefit, Satisfaction],
    };

    public static IReadOnlyList<string> Level2Names(IndicatorSchema schema, string level1) => (schema, level1) switch
    {
        (IndicatorSchema.Fiscal2015No88, Output) => [Quantity, Quality, Timeliness, OutputCost],
        (IndicatorSchema.Fiscal2021No101, Output) => [Quantity, Quality, Timeliness],
        (IndicatorSchema.Fiscal2021No101, Cost) => [EconomicCost, SocialCost, EcologicalCost],
        (_, Benefit) => [Economic, Social, Ecological, Sustainable],
        (_, Satisfaction) => [ServiceSatisfaction],
        _ => [],
    };

    /// True when <paramref name="level2"/> belongs under <paramref name="level1"/> in either schema.
    public static bool Belongs(string level1, string level2) =>
        Level2Names(IndicatorSchema.Fiscal2015No88, level1).Contains(level2)
        || Level2Names(IndicatorSchema.Fiscal2021No101, level1).Contains(level2);

    /// The level 1 a known level 2 belongs to under the given schema (成本指标 differs), or null.
    public static string? Level1Of(string level2, IndicatorSchema schema = IndicatorSchema.Fiscal2015No88)
    {
        foreach (var level1 in Level1Names(schema))
            if (Level2Names(schema, level1).Contains(level2)) return level1;
        return null;
    }

    /// The canonical level-1 name for a spelling seen on a form (产出、产出 指标、项目完成指标、预期产出指标、产出值 …), or null.
    public static string? CanonicalLevel1(string? raw)
    {
        var key = Key(raw);
        if (key.Length == 0) return null;
        return key switch
        {
            // 产出目标 / 效果目标 / 影响力目标: 上海's level 1s (see GroupsLevel1s).
            "产出" or "预期产出" or "项目完成" or "项目产出" or "绩效产出" or "产出目标" => Output,
            "效益" or "效果" or "项目效益" or "预期效果" or "绩效效益" or "项目效果" or "效果目标" or "影响力目标" => Benefit,
            "满意度" or "服务对象满意度" or "社会公众或服务对象满意度" or "社会满意度" => Satisfaction,
            "成本" => Cost,
            _ => null,
        };
    }

    /// 上海's 效果目标 and 影响力目标 each hold level 2s of more than one national level 1: 效果目标 the benefits and the
    /// satisfaction of the public or the people served (社会公众或服务对象满意度), 影响力目标 the lasting effects (长效管理,
    /// 可持续影响), which are benefits, and on some forms the satisfaction too. Both are read as 效益指标, and a level 2
    /// under them that belongs to another level 1 (满意度) keeps that one.
    public static bool GroupsLevel1s(string? raw) => Key(raw) is "效果目标" or "影响力目标";

    /// The canonical level-2 name for a spelling seen on a form (质量 / 指标, 可持 续效 益, 数量指标(或建筑规模指标), 时效值 …), or null.
    public static string? CanonicalLevel2(string? raw)
    {
        var key = Key(raw);
        if (key.Length == 0) return null;
        // 数量目标, 服务对象满意度目标: the 财政支出项目绩效目标申报表(范本) names its level 2 by the goal (目标) it measures,
        // the same categories as the indicators (指标).
        return Level2OfKey(key) ?? (key.Length > 2 && key.EndsWith("目标", StringComparison.Ordinal) ? Level2OfKey(key[..^2]) : null);
    }

    private static string? Level2OfKey(string key) =>
        key switch
        {
            // 产出数量 … 产出成本: the level 1 written into the level 2, as some provinces print it.
            // 服务数量 … 服务成本: the output categories of a 政府购买服务 form, named by the service bought.
            "数量" or "数量（或建筑规模）" or "建筑规模" or "产出数量" or "工作量" or "服务数量" => Quantity,
            "质量" or "产出质量" or "服务质量" => Quality,
            "时效" or "工期" or "形象进度" or "进度" or "产出时效" or "服务时效" => Timeliness,
            "成本" or "预算（或投资规模）控制" or "预算控制" or "投资规模控制" or "产出成本" or "服务成本" => OutputCost,
            "经济效益" or "经济" => Economic,
            "社会效益" or "社会" or "社会、经济、生态效益" => Social,
            "生态效益" or "生态" or "环境效益" => Ecological,
            // 长效管理: 上海's 影响力目标 level 2 for the arrangements that keep a project's effect going.
            "可持续影响" or "可持续效益" or "可持续发展" or "可持续" or "长效管理" => Sustainable,
            "服务对象满意度" or "社会公众或服务对象满意度" or "满意度" or "社会公众满意度" or "受益对象满意度" => ServiceSatisfaction,
            "经济成本" => EconomicCost,
            "社会成本" => SocialCost,
            "生态环境成本" or "生态成本" or "环境成本" => EcologicalCost,
            _ => null,
        };

    /// Reduces a printed label to the words that decide what it is: no spaces, full-width brackets, no trailing
    /// 指标/值, no parenthesised alternative in the middle ("时效指标(工期指标)" → "时效").
    internal static string Key(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var s = new string(raw.Where(c => !char.IsWhiteSpace(c)).ToArray())
            .Replace('(', '（').Replace(')', '）');
        // "数量指标（或建筑规模指标）" → "数量（或建筑规模）"; "时效指标（工期指标、形象进度指标）" → "时效"
        s = s.Replace("指标", "", StringComparison.Ordinal);
        var paren = s.IndexOf('（');
        if (paren > 0 && !s.StartsWith("数量（或建筑规模）", StringComparison.Ordinal) && !s.StartsWith("预算（或投资规模）", StringComparison.Ordinal))
            s = s[..paren];
        if (s.EndsWith('值')) s = s[..^1];
        return s;
    }
}
