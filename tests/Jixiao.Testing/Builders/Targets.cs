using System.Globalization;
using Jixiao.Domain.Indicators;

namespace Jixiao.Testing.Builders;

/// Typed target values (指标值) for tests, built directly rather than parsed, so that a checker test does not depend
/// on the parser. Each keeps the text a form would show: Percent(100) is "100%", Quantity("≥", 1500, "个") "≥1500个".
public static class Targets
{
    public static MissingTarget Missing => MissingTarget.Instance;

    /// "100%", "0%": a bare percentage (operator =).
    public static QuantityTarget Percent(decimal value) => Quantity("=", value, "%");

    /// A quantity as a form writes it: operator "=" (or "") is left out of the text ("1个"), others are kept as
    /// given (">=8份" stays ">=8份"). A unit with a 万 prefix also carries its normalised count (4万人 → 40000 人).
    public static QuantityTarget Quantity(string op, decimal value, string unit, string? text = null)
    {
        var number = value.ToString("0.############", CultureInfo.InvariantCulture);
        var normalized = unit.Length > 1 && unit[0] == '万' ? new Magnitude(value * 10_000m, unit[1..]) : (Magnitude?)null;
        return new QuantityTarget(Operator(op), value, unit)
        {
            Text = text ?? (op is "=" or "" ? number + unit : op + number + unit),
            Normalized = normalized,
        };
    }

    /// "90%-95%".
    public static QuantityTarget Range(decimal lower, decimal upper, string unit, string text) =>
        new(Comparison.Between, lower, unit) { UpperValue = upper, Text = text };

    /// "2022年12月31日前", or the text as printed ("2022年12 月31日前").
    public static DeadlineTarget Deadline(int year, int month, int day, string? text = null) =>
        new(year, month, day) { Text = text ?? $"{year}年{month}月{day}日前" };

    /// An Excel date serial in a timeliness cell ("44,561"), as the parser reads it: the date, marked.
    public static DeadlineTarget ExcelSerial(string text, int year, int month, int day) =>
        new(year, month, day) { Text = text, FromExcelSerial = true };

    /// "2023.07-2024.01".
    public static PeriodTarget Period(DateOnly from, DateOnly to, string text) => new(from, to) { Text = text };

    /// A grade: "达标", "合格", "优良".
    public static QualitativeTarget Grade(string grade) => new(grade) { Grade = grade, Text = grade };

    /// A measurable-enough phrase that is no grade: "长期有效".
    public static QualitativeTarget Phrase(string phrase) => new(phrase) { Text = phrase };

    /// A vague phrase: "进一步提高", "明显改善".
    public static QualitativeTarget Vague(string phrase) => new(phrase) { IsVague = true, Text = phrase };

    /// Text that meant to be a number or date but cannot be read: "3,5.6个", "≥**个".
    public static QualitativeTarget Unreadable(string text) => new(text) { Recognized = false, Text = text };

    private static Comparison Operator(string op) => op switch
    {
        "=" or "" => Comparison.Equal,
        "≥" or ">=" => Comparison.AtLeast,
        "≤" or "<=" => Comparison.AtMost,
        ">" => Comparison.GreaterThan,
        "<" => Comparison.LessThan,
        _ => throw new ArgumentException($"Unknown operator '{op}'.", nameof(op)),
    };
}
