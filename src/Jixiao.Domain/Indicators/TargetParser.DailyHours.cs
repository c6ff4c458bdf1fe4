using static Jixiao.Domain.Indicators.TargetText;

namespace Jixiao.Domain.Indicators;

// Daily hours (开放时间, 服务时间): "每日6:00-23:00", "工作日8:30-17:30", "每天8点至18点", "周一至周五9:00-17:00".
public static partial class TargetParser
{
    // The days the hours hold on, longest first; false for every day, true for working days only.
    private static readonly (string Word, bool WorkingDays)[] DayWords =
    [
        ("每周一至周五", true), ("每周一-周五", true), ("周一至周五", true), ("周一到周五", true), ("周一-周五", true),
        ("星期一至星期五", true), ("每个工作日", true), ("工作日", true),
        ("每周一至周日", false), ("周一至周日", false), ("周一-周日", false), ("每日", false), ("每天", false), ("全天", false),
    ];

    private static readonly TimeSpan EndOfDay = TimeSpan.FromHours(24);

    /// Two times of day joined by a dash, 至 or 到, after the days they hold on or alone: "6:00-23:00", "8时至18时",
    /// "8点30分-17点30分". Alone, a time needs its colon or 时/点, so that "8-17" stays a range of numbers.
    private static DailyHoursTarget? TryDailyHours(ReadOnlySpan<char> s, string trimmed)
    {
        var i = 0;
        var workingDays = false;
        if (!char.IsAsciiDigit(s[0]))
        {
            if (s[0] is not ('每' or '周' or '星' or '工' or '全')) return null;
            var found = false;
            foreach (var (word, working) in DayWords)
                if (TryConsume(s, ref i, word))
                {
                    workingDays = working;
                    found = true;
                    break;
                }
            if (!found) return null;
        }
        // "全天24小时", "每天24小时": the whole day
        if (i > 0 && s[i..] is "24小时") return new DailyHoursTarget(TimeSpan.Zero, EndOfDay) { WorkingDaysOnly = workingDays, Text = trimmed };
        if (!TryReadClock(s, ref i, out var from) || i >= s.Length || s[i] is not ('-' or '至' or '到')) return null;
        i++;
        if (!TryReadClock(s, ref i, out var to) || i != s.Length || from == to || from == EndOfDay) return null;
        return new DailyHoursTarget(from, to) { WorkingDaysOnly = workingDays, Text = trimmed };
    }

    /// "6:00", "23:30", "8时", "8点", "8点30分", "8时30分"; "24:00" is the end of the day.
    private static bool TryReadClock(ReadOnlySpan<char> s, ref int i, out TimeSpan time)
    {
        time = default;
        var p = i;
        if (ReadInt(s, ref p, out var hour) is not (1 or 2) || p >= s.Length) return false;
        var minute = 0;
        if (s[p] == ':')
        {
            p++;
            if (ReadInt(s, ref p, out minute) != 2) return false;
        }
        else if (s[p] is '时' or '点')
        {
            p++;
            var q = p;
            if (ReadInt(s, ref q, out var m) is 1 or 2 && q < s.Length && s[q] == '分')
            {
                minute = m;
                p = q + 1;
            }
            else if (TryConsume(s, ref p, "半")) minute = 30;
        }
        else return false;
        if (hour > 24 || minute > 59 || (hour == 24 && minute != 0)) return false;
        time = new TimeSpan(hour, minute, 0);
        i = p;
        return true;
    }
}
