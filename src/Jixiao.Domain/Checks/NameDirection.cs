using System.Buffers;
using System.Collections.Frozen;
using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Checks;

/// Whether an indicator is positive (正向: more is better) or reverse (反向: less is better), from what its name is
/// about (domain notes §4). The declared 指标性质 column wins when the form has one.
/// Kept in Checks/ because no IndicatorDirections helper existed in Indicators/ when DIRECTION_MISMATCH was written;
/// it can move there once the parser has one.
internal static class NameDirection
{
    public static IndicatorDirection Of(Indicator indicator, bool isCostRow)
    {
        if (indicator.Direction is { } declared) return declared;
        var name = indicator.Name.AsSpan().Trim();
        // A reduction is wanted ("事故发生率下降", "办理时间缩短"): more of it is better.
        if (name.IndexOfAny(ReductionWords) >= 0) return IndicatorDirection.Positive;
        // The head word decides in Chinese: "故障修复及时率" is a rate of timely repairs, "成本控制率" a rate of control.
        if (name.Length >= 3 && PositiveHeads.Contains(name[^3..])) return IndicatorDirection.Positive;
        return isCostRow || name.IndexOfAny(ReverseWords) >= 0 ? IndicatorDirection.Reverse : IndicatorDirection.Positive;
    }

    private static readonly SearchValues<string> ReverseWords = SearchValues.Create(
    [
        "故障", "事故", "中断", "瘫痪", "重复", "成本", "时长", "用时", "耗时", "费用", "投诉", "差错", "误差", "错误",
        "失误", "违规", "违纪", "违法", "超标", "延误", "逾期", "拖欠", "损失", "偏差", "隐患", "漏洞", "争议", "返工",
        "不合格", "死亡", "伤亡", "发病", "空置", "流失", "能耗", "排放", "污染", "闲置", "退回", "返贫", "等待时间",
        "响应时间", "处理时间",
    ], StringComparison.Ordinal);

    private static readonly SearchValues<string> ReductionWords = SearchValues.Create(
        ["下降", "降低", "减少", "压减", "压缩", "节约", "节省", "缩短"], StringComparison.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PositiveHeads = new[]
    {
        "及时率", "完成率", "合格率", "达标率", "覆盖率", "通过率", "到位率", "控制率", "解决率", "修复率", "处理率",
        "处置率", "排除率", "整改率", "办结率", "执行率", "响应率", "上线率", "可用率", "在线率", "正常率", "完好率",
        "利用率", "使用率", "知晓率", "满意度", "满意率", "有效性", "及时性",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
