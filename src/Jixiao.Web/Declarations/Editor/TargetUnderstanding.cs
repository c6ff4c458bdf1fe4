using System.Globalization;
using Jixiao.Domain.Indicators;

namespace Jixiao.Web.Declarations.Editor;

/// How a target value (指标值) was understood, shown under the cell as the user types: "≥ 1 500 个",
/// "截止 2022-12-31", or in red why it could not be read.
public static class TargetUnderstanding
{
    public enum Tone
    {
        /// Read as a value the checker can measure.
        Understood,
        /// Read, but not measurable (a vague phrase) or taken from an Excel date serial: check it.
        Doubtful,
        /// Missing or unreadable.
        Problem,
    }

    public readonly record struct Reading(string Text, Tone Tone);

    public static Reading Describe(TargetValue? value) => value switch
    {
        null => new("", Tone.Understood),
        MissingTarget { IsNotApplicableMark: true } m => new($"未填写指标值（「{m.Text}」表示不适用）", Tone.Problem),
        MissingTarget => new("未填写指标值", Tone.Problem),
        QuantityTarget q => new(Quantity(q), Tone.Understood),
        DeadlineTarget { FromExcelSerial: true } d => new($"Excel 日期序号，读作截止 {Deadline(d)}：请写成日期", Tone.Doubtful),
        DeadlineTarget d => new($"截止 {Deadline(d)}", Tone.Understood),
        PeriodTarget p => new($"期间 {Iso(p.From)} 至 {Iso(p.To)}", Tone.Understood),
        DailyHoursTarget h => new($"时段 {h.Format()}", Tone.Understood),
        QualitativeTarget { Recognized: false } => new("无法识别：不是数量、时限、期间或定性等级", Tone.Problem),
        QualitativeTarget { IsVague: true } t => new($"「{t.Phrase}」无法衡量", Tone.Doubtful),
        QualitativeTarget { Grade: { } grade } => new($"定性等级：{grade}", Tone.Understood),
        QualitativeTarget t => new($"定性表述：{t.Phrase}", Tone.Understood),
        _ => new(value.Format(), Tone.Understood),
    };

    public static string CssClass(Tone tone) => tone switch
    {
        Tone.Understood => "jx-reading jx-reading-ok",
        Tone.Doubtful => "jx-reading jx-reading-doubt",
        Tone.Problem => "jx-reading jx-reading-problem",
    };

    private static string Quantity(QuantityTarget q)
    {
        var kind = q.Kind == TargetKind.Duration ? "（时长）" : "";
        var normalized = q.Normalized is { } n && n.Unit != q.Unit ? $"（{Number(n.Value)} {n.Unit}）" : "";
        var change = q.Change switch { TargetChange.Increase => "提高 ", TargetChange.Decrease => "降低 ", _ => "" };
        if (q.Operator == Comparison.Between)
            return $"{change}{Number(q.Value)} – {Number(q.UpperValue ?? q.Value)} {q.Unit}{kind}{normalized}";
        return $"{change}{q.Operator.Symbol()} {Number(q.Value)} {q.Unit}{kind}{normalized}".TrimEnd();
    }

    /// Digits grouped by three with a space, as on the form's printed figures: 1 500, 40 000.
    public static string Number(decimal value)
    {
        var text = value.ToString("#,0.############################", CultureInfo.InvariantCulture);
        return text.Replace(',', ' ');
    }

    private static string Deadline(DeadlineTarget d) => d.Year is { } y
        ? string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{d.Month:00}-{d.Day:00}")
        : string.Create(CultureInfo.InvariantCulture, $"每年 {d.Month:00}-{d.Day:00}（未写年份）");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
