using System.Buffers;

namespace Jixiao.Domain.Indicators;

/// The direction (指标性质: 正向 more is better, 反向 less is better) an indicator should have, by the rule of domain
/// notes §4, and the direction its target states. The checker compares the two (DIRECTION_MISMATCH).
public static class IndicatorDirections
{
    // Handling, reducing or rating something bad is itself positive: 故障修复率, 投诉办结率, 水电气消耗下降率,
    // 成本控制率, 单个项目成本控制有效性, 信息数据管理人员满意度.
    private static readonly TargetWordSearch PositiveWords = new(
    [
        "下降", "降低", "减少", "缩短", "压缩", "节约", "节省", "控制率", "控制有效", "有效性", "修复率", "解决率",
        "处理率", "排除率", "排查率", "整改率", "办结率", "化解率", "处置率", "回复率", "答复率", "查处率", "结案率",
        "消除", "合格率", "达标率", "满意度", "完成率", "及时率", "通过率", "响应率", "覆盖率", "到位率", "执行率",
        "效率", "准确率", "正确率", "可用率", "在线率", "完好率", "利用率", "使用率", "成功率",
    ]);

    // Failures, faults, accidents, interruptions, duplication, cost and time taken (domain notes §4), and their kin.
    private static readonly TargetWordSearch ReverseWords = new(
    [
        "故障", "事故", "中断", "瘫痪", "宕机", "重复", "成本", "时长", "用时", "耗时", "时限", "响应时间", "处理时间",
        "等待时间", "办理时间", "办结时间", "修复时间", "审批时间", "排队时间", "恢复时间", "投诉", "差错", "误差",
        "偏差", "失误", "延误", "超时", "错误", "缺陷", "返工", "超支", "损失", "违规", "违纪", "违法", "漏洞", "隐患",
        "发生率", "发病率", "死亡率", "流失", "污染", "排放", "能耗", "消耗", "争议", "拖欠", "闲置", "空置", "上访",
    ]);

    // The harm a rate counts, when the name ends in it: 森林火灾受害率, 农作物受灾率, 安全事故发生率, 伤亡率. The last word
    // says what is measured, so it wins over a handling word earlier in the name ("降低森林火灾受害率" with "≤0.9‰" is
    // a level of the damage rate, and less is better); ReverseWords alone would lose to PositiveWords there, and
    // does not know 受害/受灾 at all (a 受害 or 灾害 inside a name, as in "灾害预警覆盖率", says nothing).
    private static readonly string[] ReverseRateEndings =
    [
        "受害率", "受灾率", "成灾率", "致灾率", "发生率", "发病率", "患病率", "感染率", "死亡率", "伤亡率", "事故率",
        "损失率", "失败率", "失效率", "破损率", "损坏率",
    ];

    private static readonly string[] OperatorWordsInName = ["不少于", "不低于", "不超过", "不高于"];

    /// The direction an indicator's name calls for. In order: a quantity written at the end of the name says it
    /// outright ("瘫痪≤3次", "组织架构梳理≥1500个"); a name ending in the rate of a harm is reverse ("森林火灾受害率",
    /// "事故发生率"); handling or reducing something bad is positive ("故障修复率",
    /// "消耗下降率"); failures, faults, accidents, interruptions, duplication, cost and time taken are reverse
    /// ("运行中断次数", "重复建设率", "故障修复时长"); a cost row (成本指标) is reverse; everything else is positive.
    public static IndicatorDirection ExpectedFrom(string name, string? level2 = null)
    {
        var s = name.AsSpan();
        if (TrailingQuantityOperator(s) is { } stated && Of(stated) is { } direction) return direction;
        if (EndsInAHarmRate(s)) return IndicatorDirection.Reverse;
        if (PositiveWords.ContainsAny(s)) return IndicatorDirection.Positive;
        if (ReverseWords.ContainsAny(s)) return IndicatorDirection.Reverse;
        if (level2 is not null && level2.Contains("成本", StringComparison.Ordinal)) return IndicatorDirection.Reverse;
        return IndicatorDirection.Positive;
    }

    /// The direction a target states: ≥ and &gt; are positive, ≤ and &lt; reverse. Null for everything else: "=" is
    /// positive by the domain's default, but "=0次" is a fine target for 安全事故, so it is no evidence against a
    /// reverse name; ranges, deadlines, periods and qualitative values state no direction.
    public static IndicatorDirection? Of(TargetValue target) => target is QuantityTarget q ? Of(q.Operator) : null;

    /// True when the target states the opposite of the direction the name calls for (DIRECTION_MISMATCH):
    /// a reverse indicator with ≥, or a positive one with ≤.
    public static bool Contradicts(string name, TargetValue target, string? level2 = null) =>
        Of(target) is { } stated && stated != ExpectedFrom(name, level2);

    /// True when the name's last word is the rate of a harm ("森林火灾受害率", "安全事故发生率（‰）"): a unit in
    /// brackets after it ("（‰）", "(%)") is skipped, as forms often write it there.
    private static bool EndsInAHarmRate(ReadOnlySpan<char> name)
    {
        name = name.TrimEnd();
        if (name.IsEmpty) return false;
        if (name[^1] is ')' or '）')
        {
            var open = name.LastIndexOfAny('(', '（');
            if (open < 0 || name.Length - open > 6) return false;
            name = name[..open].TrimEnd();
        }
        if (name.IsEmpty || name[^1] != '率') return false;
        foreach (var ending in ReverseRateEndings)
            if (name.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static IndicatorDirection? Of(Comparison op) => op switch
    {
        Comparison.AtLeast or Comparison.GreaterThan => IndicatorDirection.Positive,
        Comparison.AtMost or Comparison.LessThan => IndicatorDirection.Reverse,
        Comparison.Equal or Comparison.Between => null,
    };

    private static readonly SearchValues<char> OperatorChars = SearchValues.Create("≥≤<>＞＜≧≦⩾⩽");

    /// The operator of a quantity that ends the name ("…瘫痪≤3次", "…周月报制定>=8 份", "…不少于1500个"), or null.
    private static Comparison? TrailingQuantityOperator(ReadOnlySpan<char> name)
    {
        var at = name.LastIndexOfAny(OperatorChars);
        if (name.Contains('不'))
            foreach (var word in OperatorWordsInName)
                at = Math.Max(at, name.LastIndexOf(word, StringComparison.Ordinal));
        if (at < 0) return null;
        var tail = name[at..];
        Span<char> buffer = tail.Length <= TargetText.StackLength ? stackalloc char[tail.Length] : new char[tail.Length];
        return TargetParser.TryReadQuantity(buffer[..TargetText.Normalize(tail, buffer)], out var op) ? op : null;
    }
}
