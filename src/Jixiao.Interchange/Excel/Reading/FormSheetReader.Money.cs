using Jixiao.Domain;
using System.Text.RegularExpressions;
using Jixiao.Domain.Budget;

namespace Jixiao.Interchange.Excel.Reading;

internal sealed partial class FormSheetReader
{
    private static readonly HashSet<string> FundGroups = ["财政拨款", "自有资金", "其它资金", "其他资金"];
    private static readonly HashSet<string> FundItems = ["上级财政拨款", "本级财政安排", "下级财政配套", "事业收入", "经营性收入", "其他", "其它"];

    [GeneratedRegex(@"^[(（]\s*[一二三四五六七八九十\d]+\s*[)）]\s*(?<name>.*)$", RegexOptions.Singleline)]
    private static partial Regex GroupNumbering();

    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*[、.．]\s*(?<name>.*)$", RegexOptions.Singleline)]
    private static partial Regex GroupNumberingWithComma();

    [GeneratedRegex(@"^\d+\s*[.、．]\s*(?<name>.*)$", RegexOptions.Singleline)]
    private static partial Regex ItemNumbering();

    private BudgetSummary ReadBudget() => new()
    {
        Total = ReadAmount(ScalarField.BudgetTotal, "budget.total"),
        CurrentYear = ReadAmount(ScalarField.BudgetCurrentYear, "budget.currentYear"),
        CarryOver = ReadAmount(ScalarField.BudgetCarryOver, "budget.carryOver"),
    };

    private WanYuan? ReadAmount(ScalarField field, string location)
    {
        foreach (var hit in Hits(field))
        {
            if (hit.Inline is { Length: > 0 } inline)
            {
                _sheet.Source(location, hit.Row, hit.Col);
                return AmountOf(inline, location, hit.Row, hit.Col, LabelOf(field));
            }
            if (_sheet.ValueRightOf(hit.Row, hit.Col) is not { } value) continue;
            _sheet.Source(location, hit.Row, value.Col);
            return ReadAmountCell(value.Cell, location, hit.Row, value.Col, LabelOf(field));
        }
        return null;
    }

    /// An amount in 万元: a number cell (its cached result for a formula), or a text such as "3,857.29" or "10000万元".
    private WanYuan? ReadAmountCell(GridCell? cell, string location, int row, int col, string what)
    {
        if (cell is null || cell.IsBlank) return null;
        if (_sheet.ReportIfFormulaFailed(cell, location, row, col, what)) return null;
        if (cell.Kind == GridCellKind.Number) return new WanYuan(cell.Number);
        return AmountOf(_sheet.TextOf(cell), location, row, col, what);
    }

    private WanYuan? AmountOf(string text, string location, int row, int col, string what)
    {
        var cleaned = text.Replace("万元", "", StringComparison.Ordinal).Replace("￥", "", StringComparison.Ordinal).Replace("¥", "", StringComparison.Ordinal);
        if (WanYuan.TryParse(cleaned, out var amount)) return amount;
        Unreadable(location, row, col, $"{what}「{text}」不是金额，应填数字（单位：万元）。");
        return null;
    }

    private sealed class FundNode(string name, int row)
    {
        public string Name { get; } = name;
        public int Row { get; } = row;
        public WanYuan? PriorYear { get; set; }
        public WanYuan? CurrentYear { get; set; }
        public List<FundNode> Children { get; } = [];
    }

    /// 项目预算资金来源构成, found by its header 项目资金来源 | 上年度资金 | 本年度资金. The tree is rebuilt from the
    /// printed numbering: (一) opens a group under 合计, 1. 2. 3. are rows of the group above them.
    private ValueList<FundSource> ReadFundSources()
    {
        var header = _sheet.Find(FormLabels.Key(FormLabels.FundName)).FirstOrDefault(h => h.Inline is null && BeforeTable(h.Row) is not false);
        if (header == default) return [];
        var nameCol = header.Col;
        int? priorCol = null, currentCol = null;
        foreach (var (col, cell) in _sheet.Grid.Row(header.Row))
        {
            if (col <= nameCol || cell.Kind != GridCellKind.Text) continue;
            var key = FormLabels.Key(cell.Text);
            if (key.Contains("上年度", StringComparison.Ordinal)) priorCol ??= col;
            else if (key.Contains("本年度", StringComparison.Ordinal)) currentCol ??= col;
        }

        var roots = new List<FundNode>();
        FundNode? root = null, group = null;
        foreach (var row in _sheet.Grid.RowNumbers)
        {
            if (row <= header.Row) continue;
            if (BeforeTable(row) is false || EndsFundTable(row)) break;
            var nameCell = _sheet.Grid.At(row, nameCol);
            if (nameCell is null || nameCell.IsBlank)
            {
                if (_sheet.Grid.RowIsBlank(row) && roots.Count > 0) break;
                continue;
            }
            var (name, level) = FundRowName(_sheet.TextOf(nameCell));
            var node = new FundNode(name, row);
            switch (level)
            {
                case 0:
                    roots.Add(node);
                    (root, group) = (node, null);
                    break;
                case 1:
                    (root is null ? roots : root.Children).Add(node);
                    group = node;
                    break;
                default:
                    (group ?? root)?.Children.Add(node);
                    if (group is null && root is null) roots.Add(node);
                    break;
            }
            node.PriorYear = priorCol is { } p ? ReadAmountCell(_sheet.Grid.At(row, p), $"fundSources@{row}.priorYear", row, p, FormLabels.FundPriorYear) : null;
            node.CurrentYear = currentCol is { } c ? ReadAmountCell(_sheet.Grid.At(row, c), $"fundSources@{row}.currentYear", row, c, FormLabels.FundCurrentYear) : null;
        }

        var result = new List<FundSource>();
        for (var i = 0; i < roots.Count; i++) result.Add(ToFundSource(roots[i], $"fundSources[{i}]", nameCol, priorCol, currentCol));
        return List(result);
    }

    private FundSource ToFundSource(FundNode node, string path, int nameCol, int? priorCol, int? currentCol)
    {
        _sheet.Source(path, node.Row, nameCol);
        if (priorCol is { } p) _sheet.Source(path + ".priorYear", node.Row, p);
        if (currentCol is { } c) _sheet.Source(path + ".currentYear", node.Row, c);
        RelocateFindings($"fundSources@{node.Row}", path);
        return new FundSource
        {
            Name = node.Name,
            PriorYear = node.PriorYear,
            CurrentYear = node.CurrentYear,
            Children = node.Children.Select((child, i) => ToFundSource(child, $"{path}.children[{i}]", nameCol, priorCol, currentCol)).ToValueList(),
        };
    }

    /// Findings about an amount are made before the row's place in the tree is known; this gives them their path.
    private void RelocateFindings(string provisional, string path)
    {
        for (var i = 0; i < _sheet.Findings.Count; i++)
            if (_sheet.Findings[i].Location.StartsWith(provisional + ".", StringComparison.Ordinal))
                _sheet.Findings[i] = _sheet.Findings[i] with { Location = path + _sheet.Findings[i].Location[provisional.Length..] };
    }

    /// "(一) 财政拨款" → (财政拨款, 1); "其中：1. 上级财政拨款" → (上级财政拨款, 2); "合计" → (合计, 0).
    private static (string Name, int Level) FundRowName(string text)
    {
        var s = text.Trim();
        if (s.StartsWith("其中", StringComparison.Ordinal)) s = s[2..].TrimStart(':', '：', ' ', '　');
        if (GroupNumbering().Match(s) is { Success: true } g) return (g.Groups["name"].Value.Trim(), 1);
        if (GroupNumberingWithComma().Match(s) is { Success: true } gc) return (gc.Groups["name"].Value.Trim(), 1);
        if (ItemNumbering().Match(s) is { Success: true } item) return (item.Groups["name"].Value.Trim(), 2);
        var key = FormLabels.Key(s);
        if (FundGroups.Contains(key)) return (s, 1);
        if (FundItems.Contains(key)) return (s, 2);
        return (s, 0);
    }

    /// The fund table ends where the next part of the form starts.
    private bool EndsFundTable(int row) =>
        _sheet.Grid.Row(row).Any(c => c.Cell.Kind == GridCellKind.Text && FormLabels.Key(c.Cell.Text) is var key
            && (key == FormLabels.IndicatorHeading || key == FormLabels.Level1 || key == FormLabels.Name || key.EndsWith(FormLabels.ReviewSection, StringComparison.Ordinal)
                || KnownLabels.Keys[ScalarField.BudgetTotal].Contains(key) || KnownLabels.BasicInfo.Any(f => KnownLabels.Keys[f].Contains(key))));
}
