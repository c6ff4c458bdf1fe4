using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Declarations;

namespace Jixiao.Domain.Checks;

/// Checks of the goals (项目总目标, 年度绩效目标) and of how the indicators carry them.
internal static partial class GoalChecks
{
    /// GOALS_DISTINCT: a project that runs over more than one calendar year states what the whole project achieves
    /// and what this year achieves; the same text twice says neither. (A missing goal is REQUIRED_FIELD's finding;
    /// a one-year project may repeat its goal.)
    public static void MultiYearGoalsMustDiffer(Declaration d, List<Finding> findings)
    {
        if (d is not { StartDate: { } start, EndDate: { } end } || start.Year == end.Year) return;
        if (FormText.IsBlank(d.OverallGoal) || FormText.IsBlank(d.AnnualGoal)) return;
        if (Comparable(d.OverallGoal!) != Comparable(d.AnnualGoal!)) return;
        findings.Add(Rules.GoalsDistinct.At("annualGoal",
            $"项目实施期为 {Zh.Number(start.Year)}–{Zh.Number(end.Year)} 年，但年度绩效目标与项目总目标相同：年度绩效目标应写明本年度要完成的部分。",
            "项目总目标写整个实施期要达到的结果；年度绩效目标写本年度的任务量和效果，如「完成一期建设，上线 3 个子系统」。"));
    }

    /// GOAL_NOT_COVERED: each number the annual goal states ("观光游客不少于6万人") is carried by some indicator's
    /// name or value; else the goal promises something nobody will measure.
    public static void GoalNumbersMustBeCarriedByIndicators(GoalCoverage? coverage, List<Finding> findings)
    {
        if (coverage is null) return;
        foreach (var number in coverage.Uncovered)
            findings.Add(Rules.GoalNotCovered.At("annualGoal",
                $"年度绩效目标提到「{number.Text}」，但没有哪条绩效指标的名称或指标值写到这个数：目标没有对应的指标，就无法评价是否达成。",
                $"增设一条绩效指标，把「{number.Text}」写进指标值；或核对年度绩效目标中的数字。"));
    }

    private static string Comparable(string goal) => PunctuationAndSpace().Replace(goal, "");

    [GeneratedRegex(@"[\s\p{P}]")]
    private static partial Regex PunctuationAndSpace();
}

/// The numbers of the annual goal that no indicator has carried yet. The table pass shows it each row; a number is
/// ticked off as soon as a row carries it, so a goal without numbers (the usual case) costs nothing.
internal sealed partial class GoalCoverage
{
    private readonly List<GoalNumber> _uncovered;

    private GoalCoverage(List<GoalNumber> numbers) => _uncovered = numbers;

    public IReadOnlyList<GoalNumber> Uncovered => _uncovered;

    /// The numbers the annual goal states, or null when it states none. Years ("2022年"), date parts ("12月31日"),
    /// ordinals ("第2批"), document numbers ("〔2019〕57号") and list numbering ("目标1：", "1、", "2.") are not targets
    /// and are skipped.
    public static GoalCoverage? For(Declaration d)
    {
        var goal = d.AnnualGoal;
        if (goal is null || goal.AsSpan().IndexOfAnyInRange('0', '9') < 0) return null;
        var numbers = new List<GoalNumber>();
        foreach (Match match in NumberPattern().Matches(goal))
            if (GoalNumber.From(goal, match) is { } number && !numbers.Exists(n => n.Value == number.Value && n.Scale == number.Scale))
                numbers.Add(number);
        return numbers.Count == 0 ? null : new GoalCoverage(numbers);
    }

    public void Observe(in IndicatorRow row)
    {
        for (var i = _uncovered.Count - 1; i >= 0; i--)
            if (_uncovered[i].IsCarriedBy(row)) _uncovered.RemoveAt(i);
    }

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex NumberPattern();
}

/// A number of the annual goal: "6万人" is 6 with scale 10000 (60 000), and an indicator carries it when its name or
/// value writes 6 or 60000, or its typed value is either.
internal sealed record GoalNumber(string Text, decimal Value, decimal Scale)
{
    private readonly string _digits = Zh.Number(Value);
    private readonly string? _scaledDigits = Scale == 1m ? null : Zh.Number(Value * Scale);

    public static GoalNumber? From(string goal, Match match)
    {
        var start = match.Index;
        var end = start + match.Length;
        if (start > 0 && (goal[start - 1] is '.' or '第' or '〔' or '[' or '【' || char.IsAsciiLetter(goal[start - 1]))) return null;
        if (!decimal.TryParse(match.ValueSpan, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        var next = end;
        while (next < goal.Length && goal[next] == ' ') next++;
        var following = next < goal.Length ? goal[next] : '\0';
        var isInteger = value == decimal.Truncate(value);
        if (isInteger && value is >= 1990 and <= 2100 && following is '年' or '-' or '–' or '—' or '~' or '～' or '至' or '到' or '.' or '/' or '\0') return null;
        if (isInteger && following == '月' && value is >= 1 and <= 12) return null;
        if (isInteger && following is '日' or '号' && value is >= 1 and <= 31) return null;
        if (following is '号' or '〕' or ']' or '】') return null;
        if (isInteger && IsListMarker(goal, start, following)) return null;

        var scale = following switch { '万' => 10_000m, '亿' => 100_000_000m, _ => 1m };
        // "6万人", "6万元", "3万亩" are units of their own; a bare "6万" keeps its magnitude for the message.
        var unit = QuantityUnits.LongestAt(goal, next, out _) ?? (scale == 1m ? "" : following.ToString());
        return new GoalNumber(Zh.Number(value) + unit, value, scale);
    }

    /// A goal written as a list numbers its items: "目标1：…", "1.…；2.…", "（1）…", "…；2、…". Such a number
    /// counts items; it is no target an indicator should carry.
    private static bool IsListMarker(string goal, int start, char following)
    {
        var before = goal.AsSpan(0, start).TrimEnd(' ');
        if (before.EndsWith("目标", StringComparison.Ordinal) || before.EndsWith("任务", StringComparison.Ordinal))
            return following is '：' or ':' or '、' or '.' or '．' or '）' or ')' or '\0';
        var opened = before.Length > 0 && before[^1] is '（' or '(';
        if (opened) before = before[..^1];
        var startsItem = before.Length == 0 || before[^1] is '\n' or '\r' or '。' or '；' or ';' or '：' or ':' or '，' or ',' or '！' or '!';
        if (!startsItem) return false;
        return opened ? following is '）' or ')' : following is '.' or '．' or '、' or '）' or ')';
    }

    public bool IsCarriedBy(in IndicatorRow row)
    {
        if (row.Quantity is { } q
            && (q.Value == Value || q.Value == Value * Scale || q.UpperValue == Value || q.Normalized?.Value == Value * Scale))
            return true;
        return Writes(row.Name) || Writes(row.Target.Text);
    }

    private bool Writes(string text) => ContainsNumber(text, _digits) || (_scaledDigits is not null && ContainsNumber(text, _scaledDigits));

    /// The text writes this very number, not a longer one: "6" is in "6万人" but not in "16个" or "6.5%".
    private static bool ContainsNumber(string text, string digits)
    {
        for (var at = text.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = text.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var end = at + digits.Length;
            var before = at > 0 && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] == '.');
            var after = end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));
            if (!before && !after) return true;
        }
        return false;
    }
}
