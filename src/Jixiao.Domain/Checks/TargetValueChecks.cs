using System.Buffers;
using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Checks;

/// Checks of one row's target value (指标值): it says something measurable, in the right form for its row.
/// Each check runs on every row and finds something on few: its finding is made in a method of its own, so that the
/// check itself stays small (the JIT may inline it) and does not clear the message's locals on every clean row.
internal static class TargetValueChecks
{
    /// QUANTITY_IN_NAME: "南昌市疫情防控大数据管理平台建设1个" with value "100%" says the quantity in the name and
    /// nothing in the value. The fix moves it: name "南昌市疫情防控大数据管理平台建设", value "=1个".
    public static Finding? QuantityMustBeInTheValueNotTheName(in IndicatorRow row)
    {
        if (row.QuantityInName is not { } quantity) return null;
        var name = quantity.NameWithout(row.Name, row.NameHasWhiteSpace);
        var target = quantity.TargetText;
        var written = FormText.Trim(FormText.Trim(row.Name.AsSpan(quantity.Start, quantity.End - quantity.Start)).TrimEnd(")）。"));
        // A seed-like form reports this on half its rows: each text is written straight into its string. The row's
        // label is its trimmed name in 「」 (RowLabel): a name that carries a quantity has digits, so it is not blank.
        return Rules.QuantityInName.At(row.At("name"),
            FormText.Concat("三级指标「", FormText.Trim(row.Name), "」把数量「", written, "」写在了名称里，指标值却是「", row.TargetText,
                "」：100%说明不了要完成多少，数量应写在指标值中。"),
            string.Concat(["三级指标写作「", name, "」，指标值写作「", target, "」。"]),
            new Fix(row.At(), name, target));
    }

    /// VALUE_UNPARSEABLE: the value is a quantity, a deadline, a period or a qualitative grade or phrase. Text that
    /// looks like a number or date but cannot be read ("3,5.6个") is an error; template leftovers ("≥**个") are
    /// PLACEHOLDER's finding instead.
    public static Finding? TargetMustBeReadable(in IndicatorRow row) =>
        row.Target is QualitativeTarget { Recognized: false } && PlaceholderChecks.Find(row.TargetText) is null ? Unreadable(row) : null;

    private static Finding Unreadable(in IndicatorRow row) =>
        Rules.ValueUnparseable.At(row.At("target"),
            $"{row.Label}的指标值「{row.TargetText}」无法识别为数量、时限、期间或定性等级：请按规定格式填写。",
            "定量指标写「运算符+数值+单位」，如「≥95%」「=3个」「≤2小时」；时限写「2022年12月31日前」；定性指标写「达标」「合格」「优良」等。");

    /// UNIT_MISSING: a number has its unit ("3" → "=3个"), either in the value or in the form's 计量单位 column. A
    /// coefficient or an index (渠系水利用系数 "提高0.05", 空气质量指数 "≤50") is a pure number: it has none to write.
    public static Finding? QuantityMustHaveAUnit(in IndicatorRow row)
    {
        if (row.Quantity is not { } quantity || !FormText.IsBlank(quantity.Unit) || !FormText.IsBlank(row.Indicator.Unit)) return null;
        if (IsPureNumber(row.Name)) return null;
        return WithoutUnit(row, quantity);
    }

    private static Finding WithoutUnit(in IndicatorRow row, QuantityTarget quantity)
    {
        var percent = LooksLikeAPercentage(row.Name) ? quantity with { Unit = "%" } : null;
        return Rules.UnitMissing.At(row.At("target"),
            $"{row.Label}的指标值「{row.TargetText}」没有计量单位：不写单位，就不知道是个、人、万元还是%。",
            percent is null ? "在数值后写上单位，如「=3个」「≥500人」「≤20万元」。" : $"指标值写作「{percent.Format()}」。",
            percent is null ? null : new Fix(row.At(), TargetText: percent.Format()));
    }

    /// RATE_RANGE: a percentage lies within 0–100%, and "≥100%" (which nothing can exceed) is a plain "100%". Growth
    /// rates (增长率, 增幅, 同比) may exceed 100% or fall below 0, and so may a change ("提高150%"). A "≥100%" whose name
    /// carries the quantity is left to QUANTITY_IN_NAME, and a satisfaction target to SATISFACTION_RANGE: their fixes
    /// say more.
    public static Finding? PercentageMustLieWithinZeroToHundred(in IndicatorRow row)
    {
        if (row.Quantity is not { IsPercentage: true, IsLevel: true } q) return null;
        // "=100%", the commonest percentage, is neither outside nor above: skip the decimal comparisons below.
        if (row.IsHundredPercent && q is { Operator: Comparison.Equal, UpperValue: null }) return null;
        var outside = q.Value < 0m || q.Value > 100m || q.UpperValue is > 100m;
        var cannotBeExceeded = q is { Operator: Comparison.AtLeast, Value: 100m } or { Operator: Comparison.GreaterThan, Value: 100m };
        if (!(outside || cannotBeExceeded) || row.Name.AsSpan().IndexOfAny(GrowthWords) >= 0) return null;
        if (outside) return OutsideZeroToHundred(row);
        if (row.QuantityInName is not null || row.IsAboutSatisfaction) return null;
        return AboveHundred(row);
    }

    private static Finding OutsideZeroToHundred(in IndicatorRow row) =>
        Rules.RateRange.At(row.At("target"),
            $"{row.Label}的指标值「{row.TargetText}」超出了 0–100% 的范围：比率不会小于 0，也不会超过 100%。",
            "核对数值或单位：若是数量，请改用个、人、次等单位。");

    private static Finding AboveHundred(in IndicatorRow row)
    {
        var hundred = new QuantityTarget(Comparison.Equal, 100m, "%").Format();
        return Rules.RateRange.At(row.At("target"),
            $"{row.Label}的指标值「{row.TargetText}」要求超过 100%，而比率最多是 100%：请写「{hundred}」，或写一个实际可达的目标。",
            $"指标值写作「{hundred}」。",
            new Fix(row.At(), TargetText: hundred));
    }

    /// VAGUE_VALUE: "进一步提高", "明显改善", "有效提升" cannot be measured; a number or a grade can.
    public static Finding? TargetMustBeMeasurable(in IndicatorRow row)
    {
        if (row.Target is not QualitativeTarget { IsVague: true }) return null;
        return Vague(row);
    }

    private static Finding Vague(in IndicatorRow row)
    {
        var example = row.IsAboutSatisfaction ? "「≥90%」"
            : LooksLikeAPercentage(row.Name) ? "「≥95%」"
            : "「≥95%」「=3个」，或「达标」「合格」「优良」等等级";
        return Rules.VagueValue.At(row.At("target"),
            $"{row.Label}的指标值「{row.TargetText}」无法衡量，年底不能据此判断是否达成：请写成可衡量的值。",
            $"写明要达到的数值或标准，如{example}。");
    }

    /// TIMELINESS_FORMAT: a timeliness value (时效指标) says when: a deadline, a period or a duration. A rate on a
    /// name ending in 率 ("按期完成率 ≥95%", "逾期率 ≤5‰") is accepted: it measures timeliness as a share. An Excel date serial
    /// (44561) read from a workbook is converted by the parser; this says so, with the date it became.
    public static Finding? TimelinessMustStateWhen(in IndicatorRow row, CheckContext context)
    {
        if (row.Target is DeadlineTarget { FromExcelSerial: true } serial) return ExcelSerial(row, serial);
        if (!row.IsTimeliness) return null;
        switch (row.Target)
        {
            case DeadlineTarget or PeriodTarget or DailyHoursTarget or MissingTarget:
            case QuantityTarget { Kind: TargetKind.Duration }:
            case QuantityTarget { Unit: "%" or "‰" } when row.Name.TrimEnd().EndsWith('率'):
            case QualitativeTarget { Recognized: false }:
                return null;
        }
        if (PlaceholderChecks.Find(row.TargetText) is not null) return null;
        return NotWhen(row, context);
    }

    private static Finding ExcelSerial(in IndicatorRow row, DeadlineTarget serial) =>
        Rules.TimelinessFormat.At(row.At("target"),
            $"{row.Label}的指标值「{row.TargetText}」是 Excel 的日期序号，已按日期读作「{serial.Format()}」：请核对并写成日期。",
            $"指标值写作「{serial.Format()}」。",
            new Fix(row.At(), TargetText: serial.Format()));

    private static Finding NotWhen(in IndicatorRow row, CheckContext context)
    {
        var deadline = context.Declaration.EndDate is { } end
            ? new DeadlineTarget(end.Year, end.Month, end.Day).Format()
            : context.Declaration.Year is { } year ? new DeadlineTarget(year, 12, 31).Format() : null;
        return Rules.TimelinessFormat.At(row.At("target"),
            $"时效指标{row.Label}的指标值「{row.TargetText}」不是完成时限、期间或时长：时效指标应写明什么时候完成。",
            deadline is null ? "写明完成时限，如「2022年12月31日前」，或时长，如「≤3个工作日」。" : $"如在项目结束时完成，写作「{deadline}」。",
            deadline is null || context.Declaration.EndDate is null ? null : new Fix(row.At(), TargetText: deadline));
    }

    /// DIRECTION_MISMATCH: a reverse indicator (故障, 事故, 中断, 成本, 用时 …: less is better) states a floor ("≥3次"),
    /// or a positive one states a ceiling ("在线使用人数≤5000人"). A duration with "≤" is a time limit and is fine on
    /// any row ("访问速度≤3秒"). A change ("降低10%以上") bounds the change, not the level: its verb says the direction.
    public static Finding? OperatorMustFollowTheDirection(in IndicatorRow row)
    {
        if (row.Quantity is not { Operator: not (Comparison.Equal or Comparison.Between), IsLevel: true } q) return null;
        var floor = q.Operator is Comparison.AtLeast or Comparison.GreaterThan;
        if (!floor && q.Kind == TargetKind.Duration && row.Indicator.Direction is null) return null;
        // The form's 指标性质 column wins; otherwise the name decides (domain notes §4). Every cost row is reverse.
        var direction = row.Indicator.Direction
            ?? IndicatorDirections.ExpectedFrom(row.Indicator.Name, row.IsCost ? IndicatorTaxonomy.OutputCost : row.Indicator.Level2);
        if (floor != (direction == IndicatorDirection.Reverse)) return null;
        return AgainstTheDirection(row, q, floor);
    }

    private static Finding AgainstTheDirection(in IndicatorRow row, QuantityTarget q, bool floor)
    {
        var flipped = q with
        {
            Operator = q.Operator switch
            {
                Comparison.AtLeast => Comparison.AtMost,
                Comparison.GreaterThan => Comparison.LessThan,
                Comparison.AtMost => Comparison.AtLeast,
                _ => Comparison.GreaterThan,
            },
        };
        var message = floor
            ? $"{row.Label}是反向指标（越少越好），指标值「{row.TargetText}」却只规定了下限：应规定上限。"
            : $"{row.Label}是正向指标（越多越好），指标值「{row.TargetText}」却只规定了上限：应规定下限。";
        return Rules.DirectionMismatch.At(row.At("target"), message,
            $"指标值写作「{flipped.Format()}」；若方向本来没错，请在名称中写清楚衡量的是什么。",
            new Fix(row.At(), TargetText: flipped.Format()));
    }

    /// SATISFACTION_RANGE: a satisfaction target is at least 80% (configurable) and not 100%, which no survey reaches.
    /// A change ("满意度提高5%") states no level to judge.
    public static Finding? SatisfactionTargetMustBeRealistic(in IndicatorRow row, CheckOptions options)
    {
        if (row.Quantity is not { IsPercentage: true, Operator: not (Comparison.AtMost or Comparison.LessThan), IsLevel: true } q || !row.IsAboutSatisfaction) return null;
        if (q.Value < options.SatisfactionMinimumPercent) return SatisfactionTooLow(row, options);
        if (q.Value < 100m) return null;
        return EveryoneSatisfied(row, options);
    }

    private static Finding SatisfactionTooLow(in IndicatorRow row, CheckOptions options)
    {
        var minimum = new QuantityTarget(Comparison.AtLeast, options.SatisfactionMinimumPercent, "%").Format();
        return Rules.SatisfactionRange.At(row.At("target"),
            $"满意度指标{row.Label}的指标值「{row.TargetText}」低于 {Zh.Number(options.SatisfactionMinimumPercent)}%：目标定得过低。",
            $"指标值写作「{minimum}」或更高。",
            new Fix(row.At(), TargetText: minimum));
    }

    private static Finding EveryoneSatisfied(in IndicatorRow row, CheckOptions options)
    {
        var suggested = new QuantityTarget(Comparison.AtLeast, options.SatisfactionSuggestedPercent, "%").Format();
        return Rules.SatisfactionRange.At(row.At("target"),
            $"满意度指标{row.Label}的指标值「{row.TargetText}」要求人人满意，调查几乎不可能达到：请写一个实际可达的目标。",
            $"指标值写作「{suggested}」。",
            new Fix(row.At(), TargetText: suggested));
    }

    private static bool IsPureNumber(string name)
    {
        var trimmed = name.AsSpan().TrimEnd();
        return trimmed.EndsWith("系数") || trimmed.EndsWith("指数");
    }

    private static bool LooksLikeAPercentage(string name)
    {
        var trimmed = name.AsSpan().TrimEnd();
        return trimmed.EndsWith("率") || trimmed.EndsWith("比例") || trimmed.EndsWith("占比") || trimmed.EndsWith("满意度");
    }

    private static readonly SearchValues<string> GrowthWords = SearchValues.Create(["增长", "增幅", "增速", "同比", "环比"], StringComparison.Ordinal);
}
