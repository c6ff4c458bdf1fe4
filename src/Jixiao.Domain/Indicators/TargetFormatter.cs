using System.Globalization;

namespace Jixiao.Domain.Indicators;

/// The canonical text of a target value. Parsing it gives the same value back.
internal static class TargetFormatter
{
    // As many decimals as a decimal can hold, so that every parsed number formats back to itself.
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Format(QuantityTarget q) => q.Change switch
    {
        // A change without a sign is "提高5%": "提高=5%" would read the same but nobody writes it.
        TargetChange.Increase => "提高" + Level(q, q.Operator == Comparison.Equal ? "" : null),
        TargetChange.Decrease => "降低" + Level(q, q.Operator == Comparison.Equal ? "" : null),
        _ => Level(q, null),
    };

    private static string Level(QuantityTarget q, string? sign) => q.Operator == Comparison.Between
        ? $"{Number(q.Value)}{q.Unit}-{Number(q.UpperValue ?? q.Value)}{q.Unit}"
        : $"{sign ?? q.Operator.Symbol()}{Number(q.Value)}{q.Unit}";

    /// "每日6:00-23:00", "工作日8:30-17:30"; the end of the day is "24:00".
    public static string Format(DailyHoursTarget h) =>
        $"{(h.WorkingDaysOnly ? "工作日" : "每日")}{Clock(h.From)}-{Clock(h.To)}";

    private static string Clock(TimeSpan t) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}");

    public static string Format(DeadlineTarget d) => d.Year is { } y
        ? $"{y}年{d.Month}月{d.Day}日前"
        : $"{d.Month}月{d.Day}日前";

    public static string Format(PeriodTarget p)
    {
        var wholeMonths = p.From.Day == 1 && p.To.Day == DateTime.DaysInMonth(p.To.Year, p.To.Month);
        return wholeMonths
            ? $"{p.From.Year}年{p.From.Month}月-{p.To.Year}年{p.To.Month}月"
            : $"{p.From.Year}年{p.From.Month}月{p.From.Day}日-{p.To.Year}年{p.To.Month}月{p.To.Day}日";
    }
}
