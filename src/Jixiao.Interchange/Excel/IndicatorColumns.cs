using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Excel;

/// The columns of the indicator table (项目绩效目标).
internal enum IndicatorField
{
    Level1,
    Level2,
    Name,
    Target,
    LongTermTarget,
    Unit,
    Direction,
    Operator,
    Weight,
    ValueBasis,
    Explanation,
    ScoringRule,
    Remark,
}

/// A column of the indicator table: the header the writer prints and the headers the reader accepts for it.
internal sealed record IndicatorColumn(IndicatorField Field, string Header, double Width, params string[] Aliases)
{
    public IEnumerable<string> Keys => Aliases.Prepend(Header).Select(FormLabels.Key);
}

internal static class IndicatorColumns
{
    public static readonly IndicatorColumn[] Main =
    [
        new(IndicatorField.Level1, FormLabels.Level1, 0),
        new(IndicatorField.Level2, FormLabels.Level2, 0),
        new(IndicatorField.Name, FormLabels.Name, 0, "三级指标名称", "指标名称", "具体指标"),
        new(IndicatorField.Target, FormLabels.Target, 0, "年度指标值", "指标值(年度)", "年度目标值", "目标值"),
    ];

    /// The optional columns seen on other regions' forms (domain notes §2). The writer prints one only when some
    /// indicator of the declaration has that field.
    public static readonly IndicatorColumn[] Optional =
    [
        new(IndicatorField.LongTermTarget, FormLabels.LongTermTarget, 16, "中长期目标值", "中长期指标", "指标值(中长期)"),
        new(IndicatorField.Unit, FormLabels.Unit, 10, "单位", "度量单位"),
        new(IndicatorField.Direction, FormLabels.Direction, 10, "指标属性"),
        new(IndicatorField.Operator, FormLabels.Operator, 10, "运算符号", "符号"),
        new(IndicatorField.Weight, FormLabels.Weight, 8, "权重", "分值权重", "指标分值", "指标权重", "权重(分值)"),
        new(IndicatorField.ValueBasis, FormLabels.ValueBasis, 14, "绩效标准", "指标值确定依据", "指标值设定依据"),
        new(IndicatorField.Explanation, FormLabels.Explanation, 24, "指标说明", "指标解释说明"),
        new(IndicatorField.ScoringRule, FormLabels.ScoringRule, 24, "评分标准", "扣分标准", "评(扣)分规则"),
        new(IndicatorField.Remark, FormLabels.Remark, 14, "说明"),
    ];

    public static bool Has(Indicator indicator, IndicatorField field) => field switch
    {
        IndicatorField.Level1 => indicator.Level1.Length > 0,
        IndicatorField.Level2 => indicator.Level2.Length > 0,
        IndicatorField.Name => indicator.Name.Length > 0,
        IndicatorField.Target => indicator.Target is not MissingTarget,
        IndicatorField.LongTermTarget => indicator.LongTermTarget is not null,
        IndicatorField.Unit => indicator.Unit is not null,
        IndicatorField.Direction => indicator.Direction is not null,
        IndicatorField.Operator => indicator.Operator is not null,
        IndicatorField.Weight => indicator.Weight is not null,
        IndicatorField.ValueBasis => indicator.ValueBasis is not null,
        IndicatorField.Explanation => indicator.Explanation is not null,
        IndicatorField.ScoringRule => indicator.ScoringRule is not null,
        IndicatorField.Remark => indicator.Remark is not null,
    };

    /// The text a target prints as: as written on the form, or its canonical text when it was built in code.
    public static string? Print(TargetValue? target) => target switch
    {
        null or MissingTarget => null,
        _ when target.Text.Length > 0 => target.Text,
        _ => target.Format(),
    };
}
