namespace Jixiao.Domain.Indicators;

/// What kind of target value (指标值) an indicator carries. The names are the JSON contract (docs/json.md).
public enum TargetKind
{
    Quantity,
    Deadline,
    Period,
    Duration,
    Qualitative,
    Missing,
}

/// The comparison a quantitative target states. A bare number ("1个", "100%") is <see cref="Equal"/>.
public enum Comparison
{
    Equal,
    AtLeast,
    AtMost,
    GreaterThan,
    LessThan,
    /// A range "90%-95%": <see cref="QuantityTarget.Value"/> is the lower and <see cref="QuantityTarget.UpperValue"/> the upper bound.
    Between,
}

public static class ComparisonSymbols
{
    /// The sign printed before a number: = ≥ ≤ &gt; &lt;; a range has none (its bounds are joined by a dash).
    public static string Symbol(this Comparison op) => op switch
    {
        Comparison.Equal => "=",
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        Comparison.GreaterThan => ">",
        Comparison.LessThan => "<",
        Comparison.Between => "",
    };
}

/// A quantity that states a change from a base rather than a level (相对变化): "提高0.05", "同比增长5%", "降低2个百分点",
/// "缩短2天". The base (上年, 同期 …) stays in <see cref="TargetValue.Text"/>.
public enum TargetChange
{
    /// A level: "≥95%", "=3个".
    None,
    /// 提高, 提升, 增长, 增加, 上升, 新增, 扩大.
    Increase,
    /// 降低, 下降, 减少, 缩短, 缩减, 压缩.
    Decrease,
}

/// What the parser knows about the row a value stands in: a bare number in a timeliness row may be an Excel date serial,
/// and a value cell may repeat the indicator's name (<paramref name="Name"/>) before the value ("资金到位率达100%").
public readonly record struct TargetContext(string? Level2 = null, string? Name = null);

// Targets like "≥90%" and "2022年12月31日前" are kept as typed values, not strings, so that "100% on everything"
// and "quantity hidden in the indicator name" can be detected, and monitoring and scoring can compare numbers.

/// A target value (指标值): one of the subtypes below. <see cref="Text"/> keeps the text as written on the form;
/// <see cref="Format"/> gives the canonical text, and parsing that text gives the same value (<see cref="SameValueAs"/>).
public abstract record TargetValue
{
    /// The text as written on the form (trimmed). Empty for a value built in code.
    public string Text { get; init; } = "";

    public abstract TargetKind Kind { get; }

    /// The canonical text: "≥1500个", "=1个", "2022年12月31日前", "2023年7月-2024年1月", "优".
    public abstract string Format();

    /// True when both carry the same value, whatever their original spelling.
    public bool SameValueAs(TargetValue other) => WithoutSpelling().Equals(other.WithoutSpelling());

    /// This value without what only records how it was written (<see cref="Text"/>, and for a deadline whether it
    /// was an Excel date serial).
    protected virtual TargetValue WithoutSpelling() => this with { Text = "" };

    public static TargetValue Parse(string? text, TargetContext context = default) => TargetParser.Parse(text, context);

    public sealed override string ToString() => Text.Length > 0 ? Text : Format();
}

/// No value was given: the cell is empty, or holds only a not-applicable mark ("/", "—", "不适用"), which is then
/// kept in <see cref="TargetValue.Text"/>. Test with <c>is MissingTarget</c> or <see cref="Kind"/>, not against
/// <see cref="Instance"/>: a mark makes a different instance.
public sealed record MissingTarget : TargetValue
{
    public static readonly MissingTarget Instance = new();
    public override TargetKind Kind => TargetKind.Missing;

    /// The filer wrote a mark ("/", "—", "不适用") rather than leaving the cell empty.
    public bool IsNotApplicableMark => Text.Length > 0;

    public override string Format() => "";
}

/// A number with an operator and a unit: "≥90%", "=1个", "≥4万人", "≤3秒", "90%-95%". A unit of time makes it a
/// duration ("12个月", "≤2小时", "3个工作日内").
public sealed record QuantityTarget(Comparison Operator, decimal Value, string Unit) : TargetValue
{
    /// The upper bound of a <see cref="Comparison.Between"/> range; null otherwise.
    public decimal? UpperValue { get; init; }

    /// The value without its magnitude prefix: "4万人" → 40000 人, "2.61万元" → 26100 元; for a range, the lower
    /// bound's (the factor is the same for both: see <see cref="TargetUnits.TrySplitMagnitude"/>). Null when the unit
    /// has no prefix.
    public Magnitude? Normalized { get; init; }

    /// The value is a change from a base, not a level: "提高5%" is an increase of =5%, "降低10%以上" a decrease of ≥10%. Checks that
    /// judge a level (0–100%, 100% everywhere, satisfaction ≥80%, the direction of the operator) leave a change alone.
    public TargetChange Change { get; init; }

    public override TargetKind Kind => TargetUnits.IsTime(Unit) ? TargetKind.Duration : TargetKind.Quantity;

    public bool IsPercentage => Unit == "%";

    /// A level rather than a change (<see cref="Change"/> is None).
    public bool IsLevel => Change == TargetChange.None;

    public override string Format() => TargetFormatter.Format(this);
}

/// A value and unit without magnitude prefix: 40000 人 for "4万人".
public readonly record struct Magnitude(decimal Value, string Unit);

/// A date by which the work is done: "2022年12月31日前", "2022年底前", "2022-12-31前", "12月底到位" (no year).
/// An Excel date serial (44561) in a timeliness row is converted and marked, so the checker can warn about it.
public sealed record DeadlineTarget(int? Year, int Month, int Day) : TargetValue
{
    /// The form had an Excel date serial ("44,561"), converted here; the checker warns (TIMELINESS_FORMAT). This is
    /// how the value was written, not part of it: <see cref="TargetValue.SameValueAs"/> ignores it, and
    /// <see cref="Format"/> gives the date.
    public bool FromExcelSerial { get; init; }

    protected override TargetValue WithoutSpelling() => this with { Text = "", FromExcelSerial = false };

    public override TargetKind Kind => TargetKind.Deadline;

    public DateOnly? Date => Year is { } y ? new DateOnly(y, Month, Day) : null;

    public override string Format() => TargetFormatter.Format(this);
}

/// A period in which the work happens: "2023.07-2024.01", "2021年1月-12月".
public sealed record PeriodTarget(DateOnly From, DateOnly To) : TargetValue
{
    public override TargetKind Kind => TargetKind.Period;
    public override string Format() => TargetFormatter.Format(this);
}

/// Daily hours (每日开放时间): "每日6:00-23:00", "工作日8:30-17:30", "每天8点至18点". A period that recurs every day (or every
/// working day), so its kind is <see cref="TargetKind.Period"/>; <see cref="To"/> may be 24:00, or earlier than
/// <see cref="From"/> for hours that run past midnight ("22:00-6:00").
public sealed record DailyHoursTarget(TimeSpan From, TimeSpan To) : TargetValue
{
    /// Only on working days (工作日, 周一至周五), not every day.
    public bool WorkingDaysOnly { get; init; }

    public override TargetKind Kind => TargetKind.Period;
    public override string Format() => TargetFormatter.Format(this);
}

/// A qualitative target (定性): a grade ("优", "良", "达标", "合格") or a phrase ("有效保障", "进一步提高").
public sealed record QualitativeTarget(string Phrase) : TargetValue
{
    /// The grade the phrase names, when it is one of the known grades; null for a free phrase.
    public string? Grade { get; init; }

    /// A phrase that sounds like a target but cannot be measured ("进一步提高", "明显改善"): accepted, but flagged.
    public bool IsVague { get; init; }

    /// False when the text looks like it meant to be a number, date or period but could not be read
    /// ("≥**个", "3,5.6个", "1000元/人给补助对象兑付"): the checker reports VALUE_UNPARSEABLE.
    public bool Recognized { get; init; } = true;

    public override TargetKind Kind => TargetKind.Qualitative;
    public override string Format() => Phrase;
}
