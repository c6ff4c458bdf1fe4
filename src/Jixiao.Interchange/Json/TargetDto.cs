using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Json;

/// A target value (指标值): the text as written on the form, its kind, and the typed members that apply to that kind
/// (docs/json.md, "Target value"). On reading, <see cref="Text"/> is what counts and the typed members are parsed from it
/// again; a target given without text is built from its typed members.
public sealed record TargetDto
{
    // Left out for a value built in code, which has no written form: reading it back then takes the typed
    // members, so that import → JSON → import gives the same value, Text included.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    public string? Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Operator { get; init; }

    /// A number for a quantity or duration; "2022-12-31" or "--12-31" for a deadline; "2023-07-01/2024-01-31" for a
    /// period; the phrase for a qualitative value.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Value { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Upper { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MagnitudeDto? Normalized { get; init; }

    /// "increase" or "decrease" for a quantity that states a change from a base ("提高5%"); left out for a level.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Change { get; init; }

    /// True for daily hours that hold on working days only ("工作日8:30-17:30").
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WorkingDays { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Grade { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Vague { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Recognized { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ExcelSerial { get; init; }

    public static TargetDto From(TargetValue target)
    {
        var dto = new TargetDto { Text = target.Text.Length > 0 ? target.Text : null, Kind = JsonNames.Of(target.Kind) };
        return target switch
        {
            QuantityTarget q => dto with
            {
                Operator = JsonNames.Symbol(q.Operator),
                Value = JsonSerializer.SerializeToElement(q.Value),
                Unit = q.Unit,
                Upper = q.UpperValue,
                Normalized = q.Normalized is { } n ? new MagnitudeDto { Value = n.Value, Unit = n.Unit } : null,
                Change = q.IsLevel ? null : JsonNames.Of(q.Change),
            },
            DeadlineTarget d => dto with
            {
                Value = JsonSerializer.SerializeToElement(d.Year is { } year
                    ? string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{d.Month:00}-{d.Day:00}")
                    : string.Create(CultureInfo.InvariantCulture, $"--{d.Month:00}-{d.Day:00}")),
                ExcelSerial = d.FromExcelSerial ? true : null,
            },
            PeriodTarget p => dto with
            {
                Value = JsonSerializer.SerializeToElement(
                    string.Create(CultureInfo.InvariantCulture, $"{p.From:yyyy-MM-dd}/{p.To:yyyy-MM-dd}")),
            },
            DailyHoursTarget h => dto with
            {
                Value = JsonSerializer.SerializeToElement(string.Concat(Clock(h.From), "/", Clock(h.To))),
                WorkingDays = h.WorkingDaysOnly ? true : null,
            },
            QualitativeTarget t => dto with
            {
                Value = JsonSerializer.SerializeToElement(t.Phrase),
                Grade = t.Grade,
                Vague = t.IsVague ? true : null,
                Recognized = t.Recognized ? null : false,
            },
            _ => dto,
        };
    }

    // "06:00", and "24:00" for the end of the day (ISO 8601 allows it as the end of an interval).
    private static string Clock(TimeSpan t) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}");

    private static bool TryParseClock(string text, out TimeSpan time)
    {
        time = default;
        if (text.Length != 5 || text[2] != ':' || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            || hour > 24 || minute > 59 || (hour == 24 && minute != 0))
            return false;
        time = new TimeSpan(hour, minute, 0);
        return true;
    }

    /// <paramref name="level2"/> is the indicator's 二级指标: a bare number in a timeliness row may be an Excel date serial;
    /// <paramref name="name"/> its name, which a value cell may repeat before the value ("资金到位率达100%").
    internal TargetValue ToDomain(string path, string level2, string name, MappingProblems problems) =>
        string.IsNullOrWhiteSpace(Text)
            ? FromTypedMembers(path, problems)
            : TargetValue.Parse(Text, new TargetContext(level2, name));

    private TargetValue FromTypedMembers(string path, MappingProblems problems)
    {
        if (Kind is null)
        {
            if (Value is { ValueKind: not JsonValueKind.Null })
                problems.Report(JsonPath.Member(path, "kind"), "指标值没有 text 时须给出 kind", $"kind 可用的值：{JsonNames.All<TargetKind>()}");
            return MissingTarget.Instance;
        }
        if (!JsonNames.TryParse<TargetKind>(Kind, out var kind))
        {
            problems.Report(JsonPath.Member(path, "kind"), $"指标值类型「{Kind}」无法识别", $"可用的值：{JsonNames.All<TargetKind>()}");
            return MissingTarget.Instance;
        }
        return kind switch
        {
            TargetKind.Quantity or TargetKind.Duration => QuantityFromMembers(path, problems),
            TargetKind.Deadline => DeadlineFromMembers(path, problems),
            TargetKind.Period => PeriodFromMembers(path, problems),
            TargetKind.Qualitative => QualitativeFromMembers(path, problems),
            TargetKind.Missing => MissingTarget.Instance,
        };
    }

    private TargetValue QuantityFromMembers(string path, MappingProblems problems)
    {
        var op = Comparison.Equal;
        if (Operator is not null && !JsonNames.TryParseOperator(Operator, out op))
        {
            problems.Report(JsonPath.Member(path, "operator"), $"运算符「{Operator}」无法识别", $"可用的值：{JsonNames.Operators}");
            return MissingTarget.Instance;
        }
        if (Value is not { ValueKind: JsonValueKind.Number } number || !number.TryGetDecimal(out var value))
        {
            problems.Report(JsonPath.Member(path, "value"), "数量型指标值的 value 应为数字");
            return MissingTarget.Instance;
        }
        if (op == Comparison.Between && Upper is null)
        {
            problems.Report(JsonPath.Member(path, "upper"), "区间（between）须给出上限 upper");
            return MissingTarget.Instance;
        }
        var change = TargetChange.None;
        if (Change is not null && (!JsonNames.TryParse(Change, out change) || change == TargetChange.None))
        {
            problems.Report(JsonPath.Member(path, "change"), $"变化方向「{Change}」无法识别", "可用的值：increase、decrease");
            return MissingTarget.Instance;
        }
        return new QuantityTarget(op, value, Unit ?? "")
        {
            Change = change,
            UpperValue = Upper,
            Normalized = Normalized is { Value: { } nv } n ? new Magnitude(nv, n.Unit ?? "") : null,
        };
    }

    private TargetValue DeadlineFromMembers(string path, MappingProblems problems)
    {
        var text = StringValue();
        if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DeadlineTarget(date.Year, date.Month, date.Day) { FromExcelSerial = ExcelSerial == true };
        // A deadline without a year, "--12-31" (ISO 8601): checked against a leap year so that "--02-29" is allowed.
        if (text is ['-', '-', ..] && DateOnly.TryParseExact("2000" + text[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DeadlineTarget(null, day.Month, day.Day) { FromExcelSerial = ExcelSerial == true };
        problems.Report(JsonPath.Member(path, "value"), "期限型指标值的 value 应为日期", "写成 \"2022-12-31\"，没有年份时写成 \"--12-31\"");
        return MissingTarget.Instance;
    }

    private TargetValue PeriodFromMembers(string path, MappingProblems problems)
    {
        var parts = StringValue()?.Split('/');
        if (parts is [var from, var to]
            && DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            return new PeriodTarget(start, end);
        if (parts is [var opens, var closes] && TryParseClock(opens, out var opensAt) && TryParseClock(closes, out var closesAt) && opensAt != closesAt)
            return new DailyHoursTarget(opensAt, closesAt) { WorkingDaysOnly = WorkingDays == true };
        problems.Report(JsonPath.Member(path, "value"), "期间型指标值的 value 应为日期区间或每日时段", "写成 \"2023-07-01/2024-01-31\"，每日时段写成 \"06:00/23:00\"");
        return MissingTarget.Instance;
    }

    private TargetValue QualitativeFromMembers(string path, MappingProblems problems)
    {
        if (StringValue() is not { } phrase)
        {
            problems.Report(JsonPath.Member(path, "value"), "定性指标值的 value 应为字符串");
            return MissingTarget.Instance;
        }
        return new QualitativeTarget(phrase) { Grade = Grade, IsVague = Vague == true, Recognized = Recognized != false };
    }

    private string? StringValue() => Value is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
}

/// The value without its magnitude prefix: 40000 人 for "4万人".
public sealed record MagnitudeDto
{
    public decimal? Value { get; init; }
    public string? Unit { get; init; }
}
