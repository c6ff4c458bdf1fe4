using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Text;

/// Reads 项目预算资金来源构成 (fund sources): its heading row says which column is 上年度资金 and which 本年度资金;
/// each row below is a source with its printed numbering ((一), 1.) and its amounts.
internal sealed partial class FundSection(DeclarationDraft draft)
{
    /// Kept: a column the model has no member for, its cells kept in OtherFields under the column's heading and the
    /// source's name. 上年度预算安排 / 上年度实际执行, last year's budget and spending (Daqing): the model's 上年度资金 is
    /// money carried over from earlier years (FUND_SOURCE_MATCH holds it to 结转结余), which these are not. A
    /// self-evaluation's 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 beside its 年初预算数 (Xiangyang): the year's
    /// adjusted budget, its spending and its score are no request, and a rate or a score is no amount at all.
    private enum AmountColumn { PriorYear, CurrentYear, Kept }

    /// Amount columns of the heading: (position, column) in printed order.
    private readonly List<(int Position, AmountColumn Column)> _columns = [];
    private bool _positional;

    // Tab position of the name column in the heading (项目资金来源), when it has one: rows that lost leading tabs
    // after a page break are shifted back by it.
    private int _namePosition = -1;
    private decimal _yuanPerUnit = draft.YuanPerUnit;

    // The current-year column is headed 本年度申请金额, the budget's own label: its 合计 is this year's request.
    private bool _currentIsRequest;
    // The printed heading of each Kept column, in the order of _columns.
    private readonly List<string> _keptHeadings = [];

    // 中期资金总额 | 1500 | 年度资金总额 | 520 side by side: the tab position where the year's cells start, and the printed
    // mid-term label; -1 when the table is not two blocks.
    private int _annualPosition = -1;
    private string _midTermLabel = "";

    // 年度预算安排 | 资金总额 | 财政资金 | 其他资金: the sources named as column headings, whose amounts the next row holds.
    private List<(string Name, int Column)>? _columnNames;

    // The same names one per line, waiting for their amounts (see TryRead).
    private Queue<FundTreeBuilder.Node>? _namesOnePerLine;

    /// 项目资金（万元） 年度资金总额 300.00 其中：本年财政拨款 300.00 上年结转资金 0.00 其他资金 0.00 (甘肃), 资金总额 580.00
    /// 其中：财政拨款 580.00 其他资金 0.00 (辽宁): the whole table on one space-separated line, the total's amount and then
    /// each source with its amount; a row each, read as on lines of their own. False (nothing read) when the value is an
    /// amount alone, or not made of amounts and the names before them.
    private bool ReadsWithSources(RowItem total, int line)
    {
        if (FormValues.LooksLikeAmount(total.Value)) return false;
        var rows = new List<SourceRow>(4);
        if (!GluedText.SplitFundRows(total.Value, line, rows) || rows is not [{ Cells: [var amount] }, _, ..]) return false;
        AddRow(total.Printed, [amount.Text], [total.Column], line, total: true);
        foreach (var source in rows.Skip(1))
            if (!TryRead(source))
                foreach (var cell in source.Cells) draft.Unplaced("fundSources", cell.Text, line);
        return true;
    }

    /// 年度资金总额 300.00 其中：财政拨款 280.00 上年结转 20.00 其他资金 0.00 on one space-separated line: 上年结转, a label
    /// of the budget's, cuts the line, its value running on with the sources after it. The carry-over is a row of the
    /// table under the total read before it (as on a line of its own, <see cref="TryReadCarryOver"/>), and the rest
    /// are rows too. False (nothing read) when no total was read, or the value is not an amount and sources.
    private bool ReadsCarryOverWithSources(RowItem carryOver, int line)
    {
        if (draft.Funds.Total is null || FormValues.LooksLikeAmount(carryOver.Value)) return false;
        var rows = new List<SourceRow>(4);
        if (!GluedText.SplitFundRows(carryOver.Value, line, rows) || rows is not [{ Cells: [var amount] }, _, ..]) return false;
        draft.Set(LabelMeaning.BudgetCarryOver, carryOver.Printed, amount.Text, line, carryOver.Suffix);
        _carryOverRow = AddRow(carryOver.Printed, [amount.Text], [carryOver.Column], line, total: false);
        foreach (var source in rows.Skip(1))
            if (!TryRead(source))
                foreach (var cell in source.Cells) draft.Unplaced("fundSources", cell.Text, line);
        return true;
    }

    /// A label of the fund table's own or of the budget's (资金总额, 本年申请, 上年结转).
    private static bool IsBudgetLabel(LabelMeaning? meaning) => meaning is { } m
        && (FormLabels.IsFundLabel(m) || m is LabelMeaning.BudgetTotal or LabelMeaning.BudgetCurrentYear or LabelMeaning.BudgetCarryOver);

    /// Reads a row of the table; false when the row is not one (the table has ended).
    /// <param name="row">The row to read.</param>
    /// <param name="next">The next non-empty line, when the caller knows it: one cell per line, a name the table does
    /// not know is a row of it when its amount follows.</param>
    public bool TryRead(SourceRow row, SourceRow? next = null)
    {
        // Only the line right after a heading cell may be the heading's next cell.
        var afterHeadingCell = _headingOnePerLine;
        _headingOnePerLine = false;
        if (TryReadOnePerLine(row, afterHeadingCell)) return true;
        if (_columnNames is { } columnNames)
        {
            _columnNames = null;
            if (FundColumnRow.TryReadAmounts(row, columnNames) is { } columnAmounts)
            {
                for (var c = 0; c < columnNames.Count; c++)
                    AddRow(columnNames[c].Name, columnAmounts[c] is { } amount ? [amount] : [], [columnNames[c].Column], row.Line, total: false);
                return true;
            }
        }
        var items = RowItems.Extract(row);
        if (items is [{ Cell: { } numbered } first, ..] && Numbering.IsGroup(numbered) && IsBudgetLabel(first.Meaning))
        {
            // "(二) 上年结转 | 10 |": a numbered row of the table is a source, though its name reads as a budget label
            // (RowItems reads a label after 一、 for the numbered fields of a city review form).
            items[0] = new RowItem(null, "", null, numbered, first.Column);
        }
        if (items.Count > 0 && items[0].Meaning == LabelMeaning.BudgetCarryOver) return TryReadCarryOver(row, items);
        if (items.Exists(item => item.Meaning is { } meaning && !FormLabels.IsFundLabel(meaning)))
        {
            // A label of another field ends the table, unless the row starts as a row of it with that field beside.
            if (FundRowBesideFields(row, items) is not { } fundPart) return false;
            row = fundPart;
            items = RowItems.Extract(row);
        }
        if (items.Exists(i => i.IsLabel && i.Meaning != LabelMeaning.FundTotal))
        {
            _headingOnePerLine = afterHeadingCell;
            ReadHeading(row, items);
            return true;
        }
        if (_annualPosition > 0 && row.Layout == RowLayout.Tabs)
        {
            row = AnnualPart(row);
            items = RowItems.Extract(row);
        }

        // The cells: a name and its amounts. Space-separated text puts the amounts last.
        string? name = null;
        var shift = 0;
        var inNameColumn = false;
        var total = false;
        var amounts = new List<string>(2);
        var positions = new List<int>(2);
        List<(string Name, string Amount)>? breakdown = null;
        List<(string Name, string Amount, int Column)>? besideTotal = null;
        if (items.Count > 1 && items[0] is { Meaning: LabelMeaning.FundTotal, Value.Length: 0 }
            && FundColumnRow.TryReadNames(row, out _) is { } names)
        {
            // 资金总额 | 财政拨款 | 其他资金 without a heading before it: the same row of column headings.
            _columnNames = names;
            draft.Recognised += items.Count;
            return true;
        }
        if (items.Count > 0 && items[0].Meaning == LabelMeaning.FundTotal)
        {
            if (items.Count == 1 && items[0].Value.Length > 0 && ReadsWithSources(items[0], row.Line)) return true;
            total = true;
            name = items[0].Printed;
            if (items[0].Value.Length > 0) { amounts.Add(items[0].Value); positions.Add(items[0].Column); }
            for (var i = 1; i < items.Count; i++)
            {
                // 资金总额（万元） | 950.00 | 其中：一般公共预算 | 950.00 (Jilin): a source and its amount after the total's.
                if (amounts.Count > 0 && i + 1 < items.Count && !FormValues.LooksLikeAmount(items[i].Value)
                    && FormValues.LooksLikeAmount(items[i + 1].Value) && !IsKeptPosition(items[i].Column)
                    && !FormValues.IsPercentage(items[i].Value))
                {
                    (besideTotal ??= []).Add((items[i].Value, items[i + 1].Value, items[i + 1].Column));
                    i++;
                    continue;
                }
                AddAmountOrUnplaced(items[i].Value, items[i].Column, amounts, positions, row.Line);
            }
        }
        else if (row.Layout == RowLayout.Text && FundBreakdown.TryRead(row.Joined, out var lineAmount, out var lineParts))
        {
            // One cell per line: the amount with its parts in brackets, on the line after its row's name.
            amounts.Add(lineAmount);
            positions.Add(0);
            breakdown = lineParts;
        }
        else if (row.Layout == RowLayout.Text)
        {
            var tokens = row.Cells;
            var end = tokens.Length;
            while (end > 0 && FormValues.LooksLikeAmount(tokens[end - 1].Text)) end--;
            for (var i = end; i < tokens.Length; i++) { amounts.Add(tokens[i].Text); positions.Add(i - end); }
            // "（万元）  其中：财政拨款  86.50": the rest of the heading 项目资金 wrapped onto the row, not part of the name.
            var start = 0;
            if (end > 1 && MoneyUnitOf(tokens[0].Text) is { } unit) (_yuanPerUnit, start) = (unit, 1);
            if (end > start) name = ChineseText.Normalize(SourceCell.JoinTexts(tokens[start..end], " "));
        }
        else if (FundPairs.TryRead(row.Cells) is { } pairs)
        {
            foreach (var (pairName, amount, column) in pairs) AddRow(pairName, [amount], [column], row.Line, total: false);
            return true;
        }
        else
        {
            foreach (var cell in row.Cells)
            {
                // "（万元）" under 项目资金: the rest of a heading split over two lines, not a source.
                if (name is null && amounts.Count == 0 && MoneyUnitOf(cell.Text) is { } unit)
                {
                    _yuanPerUnit = unit;
                    continue;
                }
                if (name is null && amounts.Count == 0 && !FormValues.LooksLikeAmount(cell.Text))
                {
                    name = cell.Text;
                    shift = _positional && _namePosition >= 0 ? _namePosition - cell.Column : 0;
                    inNameColumn = _positional && _namePosition > 0 && cell.Column == _namePosition;
                }
                else if (breakdown is null && amounts.Count == 0 && FundBreakdown.TryRead(cell.Text, out var amount, out var parts))
                {
                    amounts.Add(amount);
                    positions.Add(cell.Column + shift);
                    breakdown = parts;
                }
                else AddAmountOrUnplaced(cell.Text, cell.Column + shift, amounts, positions, row.Line);
            }
        }

        if (name is null)
        {
            if (amounts.Count == 0 || !draft.Funds.LastLacksAmounts) return false;
            // "上年结转" on one line, its amount on the next: the carry-over, as on one line.
            if (_awaitingCarryOver is { } carryOverRow && amounts.Count == 1 && FormValues.TryParseAmount(amounts[0], _yuanPerUnit, out var carried))
            {
                draft.Set(LabelMeaning.BudgetCarryOver, carryOverRow.Name, amounts[0], row.Line);
                draft.Funds.SetLastAmounts(null, carried);
                (_carryOverRow, _awaitingCarryOver) = (carryOverRow, null);
                return true;
            }
            // 资金总额 / 财政资金 / 其他资金 one per line, then their amounts one per line (a row of column headings
            // and the row of amounts under it, cell by cell): each amount is the next name's. Three names at least,
            // the first the total: a total left blank before 财政拨款： | 100 is not such a row.
            if (row.Layout == RowLayout.Text && amounts.Count == 1
                && (_namesOnePerLine is { Count: > 0 } || (_namesOnePerLine = draft.Funds.AmountlessRunFromTotal(3)) is not null))
            {
                var named = _namesOnePerLine.Dequeue();
                (named.PriorYear, named.CurrentYear, _) = Place(amounts, positions, row.Line);
                return true;
            }
            // "财政拨款：" on one line, its amount on the next (one cell per line).
            var (prior, current, _) = Place(amounts, positions, row.Line);
            draft.Funds.SetLastAmounts(prior, current);
            AddParts(draft.Funds.Last!, breakdown, positions, row.Line);
            return true;
        }
        _namesOnePerLine = null;
        // A name the table does not know, without amounts, ends the table; unless it stands under the heading's name
        // column, indented by the cells the heading's labels span (Daqing: | | 财政专户拨款).
        if (!total && Clean(name).Depth < 0 && amounts.Count == 0 && !inNameColumn && !AmountsFollowOnTheirLines(row, next)) return false;
        if (!total && IsCarryOverRow(name, amounts))
        {
            // 上年结转资金 15.00 under 年度资金总额 (甘肃's line): the carry-over, as 上年结转 is (TryReadCarryOver), not
            // this year's money; the spelling with 资金 is no label of its own, so it reaches here as a source's name.
            draft.Set(LabelMeaning.BudgetCarryOver, name, amounts[0], row.Line);
            draft.Recognised++;
            _carryOverRow = AddRow(name, amounts, positions, row.Line, total: false);
            return true;
        }
        var added = AddRow(name, amounts, positions, row.Line, total);
        if (amounts.Count == 0 && CollectsAmountsOnePerLine(row, added)) return true;
        AddParts(added, breakdown, positions, row.Line);
        foreach (var (sourceName, amount, column) in besideTotal ?? []) AddRow(sourceName, [amount], [column], row.Line, total: false);
        return true;
    }

    /// 资金总额 | 2430.30 | 项目负责人电话 | 65239479, then 财政拨款 | 2430.30 | 预算执行率权重 | 10% (Hainan): a row of
    /// cells that starts as a row of this table and goes on with other fields, each a label and its value. The fields
    /// are read here; the row's own cells are returned for reading as a row of the table. Null (nothing read) when the
    /// row does not start with the total or a known source, or another label is no field with a value (a heading).
    private SourceRow? FundRowBesideFields(SourceRow row, List<RowItem> items)
    {
        // Tab and pipe rows only: there each cell is one item, and a field's value is its own cell or the next one.
        if (row.Layout == RowLayout.Text || items.Count != row.Cells.Length) return null;
        if (items[0].Meaning is { } first ? first != LabelMeaning.FundTotal : Clean(items[0].Value).Depth < 0) return null;
        var own = new List<SourceCell>(items.Count);
        var fields = new List<(RowItem Label, string Value)>(2);
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            if (item.Meaning is not { } meaning || FormLabels.IsFundLabel(meaning))
            {
                own.Add(row.Cells[k]);
                continue;
            }
            if (!FormLabels.TakesValue(meaning)) return null;
            var value = item.Value;
            if (value.Length == 0 && k + 1 < items.Count && !items[k + 1].IsLabel) value = items[++k].Value;
            fields.Add((item, value));
        }
        foreach (var (label, value) in fields)
        {
            // A label left blank (其他资金 | | 联系电话 |) says nothing.
            if (value.Length == 0) continue;
            draft.Set(label.Meaning!.Value, label.Printed, value, row.Line, label.Suffix);
            draft.Recognised++;
        }
        return new SourceRow { Line = row.Line, Layout = row.Layout, Cells = own.ToArray(), Raw = row.Raw, AfterBreak = row.AfterBreak };
    }

    /// 自有资金 / 事业收入 / 经营性收入 / 其他 printed without numbering (佳县): the 其他 right after the parts of 自有资金
    /// is its third part (domain.md: 自有资金 [事业收入, 经营性收入, 其他]), not the table's third group 其它资金. A
    /// numbered 三、其他 (Hunan) is the group, as its numbering says.
    private bool ContinuesOwnFundsParts(string name, string printed) =>
        name is "其他" or "其它" && draft.Funds.Last is { Depth: 2, Name: FundSourceNames.BusinessIncome or FundSourceNames.OperatingIncome or "经营收入" }
        && Numbering.Length(ChineseText.Normalize(printed).AsSpan().Trim()) == 0;

    /// 资金总额 and its value: the total's amount, or the total's amount running on with its sources and theirs.
    private void AddTotal(RowItem item, int line)
    {
        if (!ReadsWithSources(item, line)) AddRow(item.Printed, [item.Value], [item.Column], line, total: true);
    }

    /// 800万元（其中：上级财政资金：300万元；本级财政：500万元）: the parts are the row's children, in its column.
    private void AddParts(FundTreeBuilder.Node parent, List<(string Name, string Amount)>? breakdown, List<int> positions, int line)
    {
        foreach (var (partName, partAmount) in breakdown ?? [])
        {
            var (prior, current, _) = Place([partAmount], [positions[0]], line);
            draft.Funds.Add(Clean(partName).Name, parent.Depth + 1, prior, current, line);
        }
    }

    /// The year's cells of a row of two blocks side by side (其中：财政拨款 | 1500 | 其中：财政拨款 | 500); the mid-term
    /// block's amount is kept in OtherFields under the mid-term label and the source's name.
    private SourceRow AnnualPart(SourceRow row)
    {
        var annual = new List<SourceCell>(row.Cells.Length);
        string? midTermName = null;
        foreach (var cell in row.Cells)
        {
            if (cell.Column >= _annualPosition) annual.Add(cell);
            else if (midTermName is null && !FormValues.LooksLikeAmount(cell.Text)) midTermName = Clean(cell.Text).Name;
            else if (!FormValues.IsEmptyMark(cell.Text)) draft.AddOther($"{_midTermLabel}·{midTermName ?? ""}", cell.Text, row.Line);
        }
        return new SourceRow { Line = row.Line, Layout = row.Layout, Cells = annual.ToArray(), Raw = row.Raw, AfterBreak = row.AfterBreak };
    }

    /// Yuan per unit of a cell that is nothing but a bracketed money unit ("（万元）", "(元)"), else null.
    private static decimal? MoneyUnitOf(string text)
    {
        if (text.Length is 0 or > 12 || text[0] is not ('(' or '（')) return null;
        // Compacted into a buffer rather than a string: a text whose compact form fills it is longer than either unit.
        return ChineseText.CompactInto(text, stackalloc char[8]) switch
        {
            "(万元)" => 10000m,
            "(元)" => 1m,
            _ => null,
        };
    }

    // The carry-over read as a row of this table (年度资金总额 | 其中：财政拨款 | 上年结转 | 其他资金), its amount in the
    // row's only column until Finish; and such a row whose amount may follow on the next line.
    private FundTreeBuilder.Node? _carryOverRow;
    private FundTreeBuilder.Node? _awaitingCarryOver;

    /// 上年结转 | 80.50 as a row under 年度资金总额: money of the year's total brought from earlier years, the budget's
    /// carry-over. <see cref="Finish"/> moves it to the prior-year column, where this form keeps carried-over money.
    /// An empty row (blank, 「—」, 「无」) is a row without amounts.
    private bool TryReadCarryOver(SourceRow row, List<RowItem> items)
    {
        var label = items[0];
        if (items.Count > 2 || (items.Count == 2 && (items[1].IsLabel || label.Value.Length > 0))) return false;
        var amount = label.Value.Length > 0 ? label.Value : items.Count == 2 ? items[1].Value : "";
        if (FormValues.IsEmptyMark(amount))
        {
            var emptyRow = AddRow(label.Printed, [], [], row.Line, total: false);
            // Blank, its amount may come on the next line (one cell per line); a mark (「—」) says there is none.
            _awaitingCarryOver = amount.Length == 0 && !CollectsAmountsOnePerLine(row, emptyRow) ? emptyRow : null;
            draft.Recognised++;
            return true;
        }
        if (!FormValues.LooksLikeAmount(amount))
        {
            if (items.Count != 1 || !ReadsCarryOverWithSources(label, row.Line)) return false;
            draft.Recognised++;
            return true;
        }
        draft.Set(LabelMeaning.BudgetCarryOver, label.Printed, amount, row.Line, label.Suffix);
        draft.Recognised++;
        _carryOverRow = AddRow(label.Printed, [amount], [items[^1].Column], row.Line, total: false);
        return true;
    }

    /// A row named as the carry-over with its one amount, under a total read before it, in a table whose amounts stand
    /// in one column (no 上年度/本年度 headings: there a row is placed by its columns). A numbered row ("(二) 上年结转")
    /// is one of the table's own sources, as its numbering says.
    private bool IsCarryOverRow(string name, List<string> amounts) =>
        amounts.Count == 1 && _columns.Count == 0 && _carryOverRow is null && draft.Funds.Total is not null
        && IsCarryOverSpelling(name) && Numbering.Length(name.AsSpan().TrimStart()) == 0;

    private void AddAmountOrUnplaced(string text, int position, List<string> amounts, List<int> positions, int line)
    {
        // "—", "-", "/", "无": an empty amount written as a mark.
        if (FormValues.IsEmptyMark(text)) return;
        if (FormValues.LooksLikeAmount(text) || IsKeptPosition(position)) { amounts.Add(text); positions.Add(position); }
        else draft.Unplaced("fundSources", text, line);
    }

    private FundTreeBuilder.Node AddRow(string printed, List<string> amounts, List<int> positions, int line, bool total)
    {
        var (name, depth) = Clean(printed);
        if (total || depth == 0) (name, depth) = (FundSourceNames.Total, 0);
        if (depth < 0) depth = 1;
        if (depth == 1 && ContinuesOwnFundsParts(name, printed)) depth = 2;
        var (prior, current, kept) = Place(amounts, positions, line);
        // Last year's figures, a self-evaluation's spending and score have no column in the model: kept, under the
        // column's heading and the source's name.
        foreach (var (heading, amount) in kept ?? []) draft.AddOther($"{heading}（{name}）", amount, line);
        return draft.Funds.Add(name, depth, prior, current, line);
    }

    /// 资金总额 in a table with one amount column is this year's money: the budget this year asks for, when the form
    /// does not state it elsewhere.
    public void Finish()
    {
        PlaceAmountsOnePerLine();
        if (draft.BudgetCurrentYear is not null) return;
        if (_currentIsRequest && draft.Funds.Total is { CurrentYear: { } request } requestRow)
        {
            // The column headed 本年度申请金额 is the request itself, beside whatever other columns the table has.
            draft.BudgetCurrentYear = request;
            draft.Sources.Add("budget.currentYear", new SourceRef(requestRow.Line));
            return;
        }
        // Kept columns aside: the total's current-year amount is the year's money when no column holds carried-over money.
        if (_columns.Exists(c => c.Column == AmountColumn.PriorYear)) return;
        if (draft.Funds.Total is not { CurrentYear: { } sum, PriorYear: null } total) return;
        // With a carry-over row the total is the whole budget and this year's request the rest of it; the carried-over
        // money goes to the prior-year column, as on this form's own table (the rows still add up, column by column).
        if (_carryOverRow is { CurrentYear: { } carryOver, PriorYear: null } carryOverRow && draft.BudgetTotal is null && carryOver.Value <= sum.Value)
        {
            draft.BudgetTotal = sum;
            draft.Sources.Add("budget.total", new SourceRef(total.Line));
            sum = new WanYuan(sum.Value - carryOver.Value);
            (total.PriorYear, total.CurrentYear) = (carryOver, sum);
            (carryOverRow.PriorYear, carryOverRow.CurrentYear) = (carryOver, null);
        }
        draft.BudgetCurrentYear = sum;
        draft.Sources.Add("budget.currentYear", new SourceRef(total.Line));
    }
}
