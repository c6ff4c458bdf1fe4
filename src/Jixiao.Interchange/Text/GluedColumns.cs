using System.Text.RegularExpressions;

namespace Jixiao.Interchange.Text;

/// The indicator part of a run-together form whose heading prints columns after the value (海南: 绩效指标性质 |
/// 绩效指标值 | 绩效度量单位 | 权重 | 指标方向性, run together as "全年实现会展业综合收入≥280亿元30%正向指标"). Each
/// indicator is cut into its name and one cell per column after it, in the heading's order, so that the rows read as
/// the same form printed one cell per line. What each column can hold tells where a cell ends: a number is a value or a
/// weight, 正向/反向 a direction, 定性/定量 the kind, a short word after the value its unit; the next plain text is the
/// next indicator's name. Only the glued path runs this, so it may use a regular expression.
internal static partial class GluedColumns
{
    /// True when the columns after the name are ones this splitter can tell apart by their content, and at least one
    /// of them follows the value or sits beside it (a heading of only name and value is split by GluedText itself).
    public static bool Applies(List<ColumnKind> afterName)
    {
        var beside = false;
        foreach (var kind in afterName)
        {
            if (kind is ColumnKind.Unit or ColumnKind.Weight or ColumnKind.Direction or ColumnKind.Operator) beside = true;
            else if (kind is not (ColumnKind.Target or ColumnKind.Remark or ColumnKind.Other or ColumnKind.ScoringRule)) return false;
        }
        return beside && afterName.Contains(ColumnKind.Target);
    }

    private enum TokenKind { Text, Number, Date, Direction, Kind }

    private sealed class Token(TokenKind kind, string text)
    {
        public TokenKind Kind { get; } = kind;
        public string Text { get; set; } = text;
    }

    /// Adds a row for the name of each indicator in <paramref name="text"/> and a row per column after it (an empty
    /// row for an empty cell).
    public static void Split(string text, List<ColumnKind> afterName, int line, List<SourceRow> result)
    {
        var tokens = Tokenize(text);
        var target = afterName.IndexOf(ColumnKind.Target);
        var k = 0;
        while (k < tokens.Count)
        {
            var name = tokens[k++].Text;
            var afterNameToken = k;
            var cells = new string?[afterName.Count];
            var qualitative = false;
            for (var c = 0; c < afterName.Count && k < tokens.Count; c++)
            {
                var token = tokens[k];
                switch (afterName[c])
                {
                    case ColumnKind.Direction or ColumnKind.Operator:
                        // 指标性质 and 指标方向 are swapped on some forms; the table reader sorts them by content.
                        if (token.Kind is TokenKind.Direction or TokenKind.Kind)
                        {
                            cells[c] = token.Text;
                            qualitative |= token.Text.StartsWith("定性", StringComparison.Ordinal);
                            k++;
                        }
                        else if (c < target && token.Kind == TokenKind.Number && OperatorLength(token.Text) is var length and > 0)
                        {
                            // 绩效指标性质 before the value holds its sign (≥ | 280), as the form printed in cells does.
                            cells[c] = token.Text[..length];
                            token.Text = token.Text[length..];
                        }
                        break;
                    case ColumnKind.Target:
                        // 定性 says the value is words: a number after it is the weight, not the value. A text is the
                        // value only after a cell that ended the name (定性逐步提升); right after the name's number it
                        // would be the next name.
                        if (token.Kind is TokenKind.Date || (token.Kind is TokenKind.Number && !qualitative && !IsWeightAfterWords(tokens, k, name, afterName, c))
                            || (token.Kind is TokenKind.Text && k > afterNameToken))
                        {
                            cells[c] = token.Text;
                            k++;
                        }
                        break;
                    case ColumnKind.Unit:
                        if (token.Kind == TokenKind.Text && c > 0 && cells[c - 1] is { } value && !value.EndsWith('%'))
                            TakeUnit(tokens, k, cells, c, ref k);
                        break;
                    case ColumnKind.Weight:
                        if (token.Kind == TokenKind.Number && OperatorLength(token.Text) == 0)
                        {
                            cells[c] = token.Text;
                            k++;
                        }
                        break;
                }
            }
            // "农牧区群众就医可及性明显改善", "品牌会展项目影响力逐步提升定性": a worded value run into the name.
            if (target >= 0 && cells[target] is null && TrailingPhrase.Length(name) is var phrase and > 0)
            {
                cells[target] = name[^phrase..];
                name = name[..^phrase];
            }
            result.Add(GluedText.Row(line, [name]));
            foreach (var cell in cells) result.Add(GluedText.Row(line, cell is null ? [] : [cell]));
        }
    }

    /// "农牧区群众就医可及性明显改善20": a bare number after a name that ends in a worded value, with a weight column
    /// after the value's and no unit or second number after it, is the weight; the value is the words.
    private static bool IsWeightAfterWords(List<Token> tokens, int at, string name, List<ColumnKind> afterName, int target)
    {
        if (OperatorLength(tokens[at].Text) > 0 || afterName.IndexOf(ColumnKind.Weight, target) < 0 || TrailingPhrase.Length(name) == 0) return false;
        if (at + 1 >= tokens.Count) return true;
        var next = tokens[at + 1];
        return next.Kind != TokenKind.Number && !(next.Kind == TokenKind.Text && at + 2 < tokens.Count && tokens[at + 2].Kind == TokenKind.Number);
    }

    /// The unit after a value: a short text before the next number or direction, or the known unit that starts a
    /// longer text (the rest is the next indicator's name: "个奖励会展项目数量").
    private static void TakeUnit(List<Token> tokens, int at, string?[] cells, int c, ref int k)
    {
        var text = tokens[at].Text;
        var nextIsText = at + 1 < tokens.Count && tokens[at + 1].Kind == TokenKind.Text;
        if (text.Length <= ShortUnit && !nextIsText && at + 1 < tokens.Count)
        {
            cells[c] = text;
            k++;
            return;
        }
        var length = UnitLength(text);
        if (length == 0) return;
        cells[c] = text[..length];
        if (length == text.Length) k++;
        else tokens[at].Text = text[length..];
    }

    private const int ShortUnit = 5;

    private static readonly string[] Units =
    [
        "万人次", "人次", "万人", "人", "亿元", "万元", "千元", "元", "万平方米", "平方米", "立方米", "公里", "千米", "米", "公顷", "万亩", "亩",
        "万吨", "吨", "个月", "个", "项", "次", "天", "日", "月", "年", "小时", "台", "套", "件", "份", "家", "辆", "座", "株", "户", "所", "场",
        "批", "期", "篇", "本", "册", "处", "条", "张", "间", "名", "分",
    ];

    private static int UnitLength(string text)
    {
        var best = 0;
        foreach (var unit in Units)
            if (unit.Length > best && text.StartsWith(unit, StringComparison.Ordinal)) best = unit.Length;
        // 元/人, 万元/个: a unit per something.
        if (best > 0 && best + 1 < text.Length && text[best] == '/')
        {
            var per = UnitLength(text[(best + 1)..]);
            if (per > 0) best += 1 + per;
        }
        return best;
    }

    private static int OperatorLength(string number)
    {
        var i = 0;
        while (i < number.Length && !char.IsAsciiDigit(number[i])) i++;
        return i;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var position = 0;
        foreach (Match match in TokenPattern().Matches(text))
        {
            if (match.Index > position) tokens.Add(new Token(TokenKind.Text, text[position..match.Index]));
            var kind = match.Groups["date"].Success ? TokenKind.Date : match.Groups["number"].Success ? TokenKind.Number
                : match.Groups["direction"].Success ? TokenKind.Direction : TokenKind.Kind;
            tokens.Add(new Token(kind, match.Value));
            position = match.Index + match.Length;
        }
        if (position < text.Length) tokens.Add(new Token(TokenKind.Text, text[position..]));
        return tokens;
    }

    // A deadline (2024年12月31日前, 2024年底前, 2024.12.31), a number with its sign and percent, 正向/反向 (指标), 定性/定量 (指标).
    [GeneratedRegex(@"(?<date>\d{4}(?:年\d{1,2}月(?:\d{1,2}日)?|年(?:底|末)|[.\-/]\d{1,2}[.\-/]\d{1,2})(?:之?前|以前)?)|(?<number>[<>≥≤=＞＜≧≦]?=?\d+(?:[.,]\d+)*(?:%|％)?)|(?<direction>正向指标|反向指标|正向|反向)|(?<kind>定性指标|定量指标|定性|定量)", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
