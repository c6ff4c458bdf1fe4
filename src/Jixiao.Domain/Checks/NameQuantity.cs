using System.Buffers;

namespace Jixiao.Domain.Checks;

/// A quantity written into an indicator's name (三级指标名称): "…建设1个", "…≥1500个", "…≥4万人", "…达标率≤3秒",
/// "… 39 套", "…12 个月", "…制定>=8 份". QUANTITY_IN_NAME moves it into the value.
/// <see cref="Start"/>..<see cref="End"/> is the span of the name it occupies (operator, number and unit), and
/// <see cref="TargetText"/> the value it becomes: "=1个", "≥4万人", "≤3秒" (the operator as a symbol: ">=" and "不少于"
/// become "≥"; "=" when the name had none).
internal readonly record struct NameQuantity(int Start, int End, string TargetText)
{

    /// The name without the quantity, tidied: "南昌市疫情防控大数据管理平台建设1个" → "南昌市疫情防控大数据管理平台建设".
    /// <paramref name="nameHasWhiteSpace"/>: whether the whole name holds whitespace, as the row found once.
    public string NameWithout(string name, bool nameHasWhiteSpace = true) => End < name.Length
        ? FormText.TidyName(string.Concat(name.AsSpan(0, Start), name.AsSpan(End)), nameHasWhiteSpace)
        : FormText.TidyName(name.AsSpan(0, Start), nameHasWhiteSpace);

    /// The quantity at the end of the name (with or without operator), or, failing that, one introduced by an
    /// explicit comparison inside the name ("≥1500个组织架构梳理"). A bare number inside the name is not taken:
    /// "提供24小时在线服务" and "运行维护 35 家单位网络稳定" describe the scope, not the target.
    public static NameQuantity? Find(string name)
    {
        if (name.AsSpan().IndexOfAnyInRange('0', '9') < 0) return null;      // most names: one vectorised scan
        return AtEnd(name) ?? AfterComparison(name);
    }

    private static NameQuantity? AtEnd(string name)
    {
        var end = name.Length;
        while (end > 0 && (FormText.IsWhiteSpace(name[end - 1]) || name[end - 1] is ')' or '）' or '。')) end--;

        // The last digit must be within a unit's length (plus stray spaces) of the end.
        var afterNumber = end;
        while (afterNumber > 0 && !char.IsAsciiDigit(name[afterNumber - 1]) && end - afterNumber <= QuantityUnits.MaxLength + 2) afterNumber--;
        if (afterNumber == 0 || !char.IsAsciiDigit(name[afterNumber - 1])) return null;

        var unitStart = afterNumber;
        while (unitStart < end && FormText.IsWhiteSpace(name[unitStart])) unitStart++;
        if (!QuantityUnits.Lookup.TryGetValue(name.AsSpan(unitStart, end - unitStart), out var unit)) return null;

        var numberStart = NumberStartBefore(name, afterNumber);
        if (numberStart < 0) return null;
        var start = numberStart;
        while (start > 0 && FormText.IsWhiteSpace(name[start - 1])) start--;
        var op = OperatorEndingAt(name, start, out var opLength);
        start = op is null ? numberStart : start - opLength;
        if (start > 0 && (name[start - 1] == '第' || (op is null && char.IsAsciiLetter(name[start - 1])))) return null;   // 第1个, V2
        if (FormText.Trim(name.AsSpan(0, start)).IsEmpty) return null;              // the name is nothing but the quantity
        return new NameQuantity(start, name.Length, Target(op ?? "=", name.AsSpan(numberStart, afterNumber - numberStart), unit));
    }

    private static NameQuantity? AfterComparison(string name)
    {
        for (var from = 0; from < name.Length;)
        {
            var at = name.AsSpan(from).IndexOfAny(OperatorStarts);
            if (at < 0) return null;
            at += from;
            from = at + 1;
            var op = OperatorStartingAt(name, at, out var opLength);
            if (op is null) continue;
            var numberStart = at + opLength;
            while (numberStart < name.Length && FormText.IsWhiteSpace(name[numberStart])) numberStart++;
            var afterNumber = numberStart;
            while (afterNumber < name.Length && (char.IsAsciiDigit(name[afterNumber]) || name[afterNumber] is ',' or '.')) afterNumber++;
            while (afterNumber > numberStart && !char.IsAsciiDigit(name[afterNumber - 1])) afterNumber--;
            if (afterNumber == numberStart || !char.IsAsciiDigit(name[numberStart])) continue;
            var unitStart = afterNumber;
            while (unitStart < name.Length && FormText.IsWhiteSpace(name[unitStart])) unitStart++;
            if (QuantityUnits.LongestAt(name, unitStart, out var unitLength) is { } unit)
                return new NameQuantity(at, unitStart + unitLength, Target(op, name.AsSpan(numberStart, afterNumber - numberStart), unit));
        }
        return null;
    }

    /// Where the number that ends just before <paramref name="end"/> begins ("1,500", "2.61"), or -1.
    private static int NumberStartBefore(string name, int end)
    {
        var start = end;
        while (start > 0 && (char.IsAsciiDigit(name[start - 1]) || name[start - 1] is ',' or '.')) start--;
        while (start < end && !char.IsAsciiDigit(name[start])) start++;
        return start < end ? start : -1;
    }

    /// Operator, number without thousands separators, unit: one string, made once.
    private static string Target(string op, ReadOnlySpan<char> digits, string unit)
    {
        if (!digits.Contains(',')) return string.Concat(op, digits, unit);
        // rare (a name with "1,500"), and the run of digits has no bound in a hostile file: no stack buffer
        return string.Concat(op, digits.ToString().Replace(",", "", StringComparison.Ordinal), unit);
    }

    // The comparison words of domain notes §4, longest first, each with the symbol it means.
    private static readonly (string Text, string Symbol)[] Operators =
    [
        ("大于等于", "≥"), ("小于等于", "≤"), ("不少于", "≥"), ("不低于", "≥"), ("不小于", "≥"), ("不超过", "≤"),
        ("不高于", "≤"), ("不大于", "≤"), ("不多于", "≤"), ("＞＝", "≥"), ("＜＝", "≤"), (">=", "≥"), ("<=", "≤"),
        ("达到", "≥"), ("≥", "≥"), ("≧", "≥"), ("≤", "≤"), ("≦", "≤"), ("＞", ">"), (">", ">"), ("＜", "<"), ("<", "<"),
        ("＝", "="), ("=", "="),
    ];

    private static readonly SearchValues<char> OperatorEnds = SearchValues.Create("于到＝=≥≧≤≦＞>＜<");

    // Inside a name only the symbols and the unambiguous "不…于" words start a comparison: "达到" is ordinary prose
    // there, and "=" does not occur.
    private static readonly SearchValues<char> OperatorStarts = SearchValues.Create("≥≧≤≦＞>＜<不");

    private static string? OperatorEndingAt(string name, int end, out int length)
    {
        length = 0;
        if (end == 0 || !OperatorEnds.Contains(name[end - 1])) return null;     // most quantities have no operator
        var before = name.AsSpan(0, end);
        foreach (var (text, symbol) in Operators)
            if (before.EndsWith(text, StringComparison.Ordinal)) { length = text.Length; return symbol; }
        return null;
    }

    private static string? OperatorStartingAt(string name, int start, out int length)
    {
        var after = name.AsSpan(start);
        foreach (var (text, symbol) in Operators)
            if (after.StartsWith(text, StringComparison.Ordinal)) { length = text.Length; return symbol; }
        length = 0;
        return null;
    }
}
