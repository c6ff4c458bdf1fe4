using System.Buffers;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Checks;

/// PLACEHOLDER: template leftovers (模板占位符) such as "**", "XX", "××", "……" in any text of the form.
internal static class PlaceholderChecks
{
    /// The header and basic-information texts hold no leftovers ("联系电话 189XXXXXXXX", "XX局").
    public static void FieldsMustNotHoldTemplateLeftovers(Declaration d, List<Finding> findings)
    {
        foreach (var field in RequiredFields.TextFields)
            if (Find(field.Text(d)) is { } leftover)
                findings.Add(Rules.Placeholder.At(field.Location,
                    $"「{field.Label}」中留有模板占位符「{leftover}」：请填写实际内容。",
                    $"把「{leftover}」换成实际的{field.Label}。"));
    }

    /// The indicator's name holds no leftover ("贫困地区旅游景点开发数量( ≥**个 )").
    public static Finding? NameMustNotHoldTemplateLeftovers(in IndicatorRow row) =>
        Find(row.Name) is { } leftover ? LeftoverInName(row, leftover) : null;

    // The findings of the row checks are made apart from the checks, which run on every row (see TargetValueChecks).
    private static Finding LeftoverInName(in IndicatorRow row, string leftover) =>
        Rules.Placeholder.At(row.At("name"),
            $"三级指标{row.Label}中留有模板占位符「{leftover}」：请删去占位符，或换成实际内容。",
            "三级指标名称只写指标本身，数值写在指标值中。");

    /// The target value holds no leftover ("≥**个", "XX%").
    public static Finding? TargetMustNotHoldTemplateLeftovers(in IndicatorRow row) =>
        row.Target is not MissingTarget && Find(row.TargetText) is { } leftover ? LeftoverInTarget(row, leftover) : null;

    private static Finding LeftoverInTarget(in IndicatorRow row, string leftover) =>
        Rules.Placeholder.At(row.At("target"),
            $"{row.Label}的指标值「{row.TargetText}」中留有模板占位符「{leftover}」：请填写实际的目标值。",
            "写出具体数值和单位，如「≥95%」「=3个」。");

    /// The first leftover in the text ("**", "XXXXXXXX", "……"), or null. A single "*" (a footnote mark) is not one,
    /// nor are letters x inside a Latin word.
    public static string? Find(string? text)
    {
        if (text is null) return null;
        var span = text.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(Starts);
            if (at < 0) return null;
            at += from;
            var c = span[at];
            var end = at + 1;
            while (end < span.Length && (span[end] == c || (c is 'X' or 'x' && span[end] is 'X' or 'x'))) end++;
            var run = end - at;
            var isLeftover = c switch
            {
                '*' or '×' => run >= 2,
                '…' => true,
                _ => run >= 2 && (at == 0 || !char.IsAsciiLetter(span[at - 1])) && (end == span.Length || !char.IsAsciiLetter(span[end])),
            };
            if (isLeftover) return text[at..end];
            from = end;
        }
        return null;
    }

    private static readonly SearchValues<char> Starts = SearchValues.Create("*Xx×…");
}
