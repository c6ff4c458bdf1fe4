using Jixiao.Domain.Indicators;
using static System.FormattableString;

namespace Jixiao.Domain.Tests.Indicators;

/// A one-line description of everything a parsed target carries, so that a table of spellings can state the
/// expected value compactly: "quantity ≥ 4万人 (40000人)", "duration ≤ 3秒", "quantity 90..95%",
/// "deadline 2022-12-31", "deadline --12-31" (no year), "period 2023-07-01/2024-01-31", "grade 优", "vague",
/// "phrase", "unrecognized", "missing"; a change "quantity increase = 5%", "duration decrease ≥ 2天"; daily hours
/// "daily 06:00-23:00", "working days 08:30-17:30".
internal static class TargetDescription
{
    public static string Of(TargetValue value) => value switch
    {
        MissingTarget => "missing",
        QuantityTarget { Operator: Comparison.Between } q =>
            Invariant($"{KindWord(q)}{ChangeWord(q)} {q.Value:0.##########}..{q.UpperValue:0.##########}{q.Unit}{Normalized(q)}"),
        QuantityTarget q => Invariant($"{KindWord(q)}{ChangeWord(q)} {Symbol(q.Operator)} {q.Value:0.##########}{q.Unit}{Normalized(q)}"),
        DeadlineTarget d => Invariant($"deadline {(d.Year is { } y ? y.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) : "-")}-{d.Month:00}-{d.Day:00}{(d.FromExcelSerial ? " excel" : "")}"),
        DailyHoursTarget h => Invariant($"{(h.WorkingDaysOnly ? "working days" : "daily")} {(int)h.From.TotalHours:00}:{h.From.Minutes:00}-{(int)h.To.TotalHours:00}:{h.To.Minutes:00}"),
        PeriodTarget p => Invariant($"period {p.From:yyyy-MM-dd}/{p.To:yyyy-MM-dd}"),
        QualitativeTarget { Recognized: false } => "unrecognized",
        QualitativeTarget { Grade: { } grade } => "grade " + grade,
        QualitativeTarget { IsVague: true } => "vague",
        QualitativeTarget => "phrase",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name),
    };

    private static string KindWord(QuantityTarget q) => q.Kind == TargetKind.Duration ? "duration" : "quantity";

    private static string ChangeWord(QuantityTarget q) => q.Change switch
    {
        TargetChange.Increase => " increase",
        TargetChange.Decrease => " decrease",
        _ => "",
    };

    private static string Normalized(QuantityTarget q) =>
        q.Normalized is { } n ? Invariant($" ({n.Value:0.##########}{n.Unit})") : "";

    private static string Symbol(Comparison op) => op switch
    {
        Comparison.Equal => "=",
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        Comparison.GreaterThan => ">",
        Comparison.LessThan => "<",
        Comparison.Between => "between",
    };
}
