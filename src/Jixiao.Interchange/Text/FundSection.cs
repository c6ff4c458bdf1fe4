using System.Collections.Frozen;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Text;

/// Reads 项目预算资金来源构成 (fund sources): its heading row says which column is 上年度资金 and which 本年度资金;
/// each row below is a source with its printed numbering ((一), 1.) and its amounts.
internal sealed partial class FundSection(DeclarationDraft draft)
{
    // The names of rows that are fund sources even without numbering or amounts.
    private static readonly FrozenSet<string> TotalNames = FrozenSet.Create(StringComparer.Ordinal, "合计", "总计", "资金总额", "年度资金总额", "项目资金总额", "总额",
        "本级单位资金总数", "单位资金总数");

    private static readonly FrozenSet<string> GroupNames = FrozenSet.Create(StringComparer.Ordinal,
        // 本年财政拨款 / 当年财政拨款 beside 上年结转资金 (贵州, 四川, a self-evaluation): this year's appropriation.
        "本年财政拨款", "当年财政拨款", "本年度财政拨款",
        "财政拨款", "财政资金", "自有资金", "其它资金", "其他资金", "其他收入", "其它收入", "其他", "其它", "单位自筹", "自筹资金", "社会资金", "上级补助", "财政专户管理资金", "单位资金");

    private static readonly FrozenSet<string> LeafNames = FrozenSet.Create(StringComparer.Ordinal,
        "上级财政拨款", "本级财政安排", "下级财政配套", "事业收入", "经营性收入", "经营收入", "一般公共预算", "政府性基金", "国有资本经营预算",
        "一般公共预算拨款", "政府性基金拨款", "政府性基金预算拨款", "国有资本经营预算拨款", "上级专项");

    // Other spellings of the Nanchang table's rows (Hunan's 其中：上级财政资金 …；本级财政 …).
    private static readonly FrozenDictionary<string, string> CanonicalNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["上级财政资金"] = FundSourceNames.FromHigherLevel,
        ["上级财政"] = FundSourceNames.FromHigherLevel,
        ["本级财政"] = FundSourceNames.SameLevel,
        ["本级财政资金"] = FundSourceNames.SameLevel,
        ["下级财政资金"] = FundSourceNames.FromLowerLevel,
        ["下级财政"] = FundSourceNames.FromLowerLevel,
    }.ToFrozenDictionary(StringComparer.Ordinal);

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

    /// Reads the heading row (项目预算资金来源构成 | 项目资金来源 | 上年度资金 | 本年度资金).
    public void ReadHeading(SourceRow row, List<RowItem> items)
    {
        PlaceAmountsOnePerLine();
        // One cell per line, the heading's cells follow one another (项目资金来源 / 上年度资金 / 本年度资金): each
        // adds its column to the heading read so far.
        var continues = ContinuesHeadingOnePerLine(row, items);
        _headingOnePerLine = row.Layout == RowLayout.Text && items.Count == 1;
        if (!continues)
        {
            _columns.Clear();
            _keptHeadings.Clear();
            _positional = row.Layout == RowLayout.Tabs;
            _namePosition = -1;
            _yuanPerUnit = draft.YuanPerUnit;
            _currentIsRequest = false;
            _annualPosition = -1;
            _columnNames = FundColumnRow.TryReadNames(row, out var headingSuffix);
            if (_columnNames is not null)
            {
                if (headingSuffix is not null) _yuanPerUnit = draft.YuanPerUnitFor(headingSuffix);
                draft.Recognised += items.Count;
                _headingOnePerLine = false;
                return;
            }
        }
        var midTerm = false;
        var keptByPosition = false;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            switch (item.Meaning)
            {
                case null when item.Value == "项目":
                    // 资金来源（万元） | 项目 | 上年度预算安排 …: 项目 heads the column the sources' names stand in.
                    _namePosition = item.Column;
                    break;
                case null when i > 0 && items[i - 1].Meaning == LabelMeaning.FundHeading && FormValues.LooksLikeAmount(item.Value):
                    // 项目预算（万元） | 128.00 | 其中：财政资金 | 128.00: the amount beside the heading is the sources' total.
                    AddRow(FundSourceNames.Total, [item.Value], [item.Column], row.Line, total: true);
                    break;
                case null when !FormValues.LooksLikeAmount(item.Value) && i + 1 < items.Count && !items[i + 1].IsLabel
                               && FormValues.LooksLikeAmount(items[i + 1].Value):
                    // 项目资金（万元） | 合计 | 1350, … | 其中：财政资金 | 128.00: a source and its amount beside the heading.
                    i++;
                    AddRow(item.Value, [items[i].Value], [items[i].Column], row.Line, total: false);
                    break;
                case LabelMeaning.BudgetTotal or LabelMeaning.BudgetCurrentYear or LabelMeaning.BudgetCarryOver when item.Value.Length > 0:
                    if (item.Meaning != LabelMeaning.BudgetCarryOver || !ReadsCarryOverWithSources(item, row.Line))
                        draft.Set(item.Meaning.Value, item.Printed, item.Value, row.Line, item.Suffix);
                    break;
                case LabelMeaning.BudgetTotal or LabelMeaning.BudgetCurrentYear or LabelMeaning.BudgetCarryOver
                    when i + 1 < items.Count && !items[i + 1].IsLabel && FormValues.LooksLikeAmount(items[i + 1].Value):
                    // 项目预算（万元） | 项目总预算 | 96.4 | 本年度预算 | 96.4 (Shanghai): the budget's own lines beside the heading.
                    i++;
                    draft.Set(item.Meaning.Value, item.Printed, items[i].Value, row.Line, item.Suffix);
                    break;
                case null when item.Value == "年初预算数":
                    // A self-evaluation's 年初预算数 | 全年预算数 | 全年执行数: the budget as set at the year's start is
                    // the year's money from each source, what a target form's 本年度资金 column asks for.
                    _columns.Add((item.Column, AmountColumn.CurrentYear));
                    break;
                case null when IsCarryOverColumn(items, i):
                    // 资金来源 | 上年结转资金 | 本年度资金 (a Jiangxi city): the money carried over is the prior-year column.
                    _columns.Add((item.Column, AmountColumn.PriorYear));
                    break;
                case null when (row.Layout != RowLayout.Text || continues) && _columns.Count > 0 && !FormValues.LooksLikeAmount(item.Value):
                    // A heading right of an amount column the model has no member for (全年执行数, 执行率, 得分): a column
                    // of the table, its cells kept under it.
                    _columns.Add((item.Column, AmountColumn.Kept));
                    _keptHeadings.Add(item.Value);
                    keptByPosition = row.Layout != RowLayout.Text;
                    break;
                case null:
                    // A value no label of the heading row takes: said, not dropped.
                    draft.Unplaced("fundSources", item.Value, row.Line);
                    continue;
                case LabelMeaning.FundExecutedColumn:
                    _columns.Add((item.Column, AmountColumn.Kept));
                    _keptHeadings.Add(ChineseText.Normalize(item.Printed));
                    break;
                case LabelMeaning.BudgetCurrentYear when item.Value.Length == 0:
                    _columns.Add((item.Column, AmountColumn.CurrentYear));
                    _currentIsRequest = true;
                    break;
                case LabelMeaning.FundMidTermTotal when i + 1 < items.Count && !items[i + 1].IsLabel && FormValues.LooksLikeAmount(items[i + 1].Value):
                    // The project period's total has no place in the budget (项目总预算 is this year's request and
                    // carry-over): kept as printed.
                    i++;
                    draft.AddOther(item.Printed, items[i].Value, row.Line);
                    (midTerm, _midTermLabel) = (true, ChineseText.Normalize(item.Printed));
                    break;
                case LabelMeaning.FundHeading:
                    _yuanPerUnit = draft.YuanPerUnitFor(item.Suffix);
                    break;
                case LabelMeaning.FundNameColumn:
                    _namePosition = item.Column;
                    break;
                case LabelMeaning.FundPriorYearColumn:
                    _columns.Add((item.Column, AmountColumn.PriorYear));
                    break;
                case LabelMeaning.FundCurrentYearColumn or LabelMeaning.FundAmountColumn:
                    _columns.Add((item.Column, AmountColumn.CurrentYear));
                    break;
                case LabelMeaning.FundTotal when item.Value.Length > 0:
                    AddTotal(item, row.Line);
                    break;
                case LabelMeaning.FundTotal when i + 1 < items.Count && !items[i + 1].IsLabel && FormValues.LooksLikeAmount(items[i + 1].Value):
                    // 项目资金 | 年度资金总额 | 320.00: the total's amount in the cell after it.
                    if (midTerm && _positional) _annualPosition = item.Column;
                    i++;
                    AddRow(item.Printed, [items[i].Value], [items[i].Column], row.Line, total: true);
                    break;
                case LabelMeaning.FundMidTermTotal when item.Value.Length == 0 && row.Layout != RowLayout.Text:
                    // 项目资金 | | 中期资金总额 | 年度资金总额 (中央部门项目支出绩效目标申报表): column headings over rows
                    // of sources (资金总额 | 2400 | 800); the period's amounts have no place in the budget, kept as printed.
                    _columns.Add((item.Column, AmountColumn.Kept));
                    _keptHeadings.Add(ChineseText.Normalize(item.Printed));
                    break;
                case LabelMeaning.FundTotal when item.Value.Length == 0 && _columns.Count > 0 && row.Layout != RowLayout.Text:
                    // 年度资金总额 right of 中期资金总额 in the same heading row: the year's column.
                    _columns.Add((item.Column, AmountColumn.CurrentYear));
                    break;
            }
            draft.Recognised++;
        }
        // A web table's columns of rates and scores ("95%", "—") beside the amounts: only a cell's place says which
        // column it is in, as in a tab row (a pipe row's empty cells are kept up to its last cell).
        if (keptByPosition) _positional = true;
    }

    /// A heading cell spelled as the carry-over (上年结转资金, 结转结余资金) beside the current year's column heading: the
    /// column of the money carried over from earlier years, which is what 上年度资金 holds on the Nanchang form.
    private static bool IsCarryOverColumn(List<RowItem> items, int i) =>
        IsCarryOverSpelling(items[i].Value) && items.Exists(other => other.Meaning == LabelMeaning.FundCurrentYearColumn);

    /// 上年结转, 上年结转资金, 结转结余资金: a label of the carry-over, with or without the 资金 after it. Both spellings
    /// mean the money carried over from earlier years (domain.md §2), whether a column's heading or a row's name.
    private static bool IsCarryOverSpelling(string text) =>
        FormLabels.Trie.TryMatch(text, 0, needBoundary: false, out var meaning, out _) && meaning == LabelMeaning.BudgetCarryOver;

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

    /// Reads a row of the table; false when the row is not one (the table has ended).
    private static bool IsBudgetLabel(LabelMeaning? meaning) => meaning is { } m
        && (FormLabels.IsFundLabel(m) || m is LabelMeaning.BudgetTotal or LabelMeaning.BudgetCurrentYear or LabelMeaning.BudgetCarryOver);

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
            else if (!IsEmptyMark(cell.Text)) draft.AddOther($"{_midTermLabel}·{midTermName ?? ""}", cell.Text, row.Line);
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
        if (IsEmptyMark(amount))
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

    private static bool IsEmptyMark(string text) => text.Length == 0 || text is "-" or "—" or "－" or "/" or "／" or "无" or "——" or "--";

    private void AddAmountOrUnplaced(string text, int position, List<string> amounts, List<int> positions, int line)
    {
        // "—", "-", "/", "无": an empty amount written as a mark.
        if (IsEmptyMark(text)) return;
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

    /// Which amount is 上年度资金 and which 本年度资金 (and which a kept column's, as printed): by tab position when the
    /// heading has them, else in order.
    private (WanYuan? Prior, WanYuan? Current, List<(string Heading, string Text)>? Kept) Place(List<string> amounts, List<int> positions, int line)
    {
        WanYuan? prior = null, current = null;
        List<(string Heading, string Text)>? kept = null;
        for (var i = 0; i < amounts.Count; i++)
        {
            // 「—」 in a column's place (one cell per line keeps it to count the columns): the cell is empty.
            if (IsEmptyMark(amounts[i])) continue;
            var column = ColumnOf(positions[i], i, amounts.Count);
            if (column == AmountColumn.Kept)
            {
                // Kept as printed: a rate (90%) or a score stands in such a column as well as an amount.
                (kept ??= []).Add((KeptHeading(positions[i], i), amounts[i]));
                continue;
            }
            if (!FormValues.TryParseAmount(amounts[i], _yuanPerUnit, out var amount))
            {
                draft.Unplaced("fundSources", amounts[i], line);
                continue;
            }
            switch (column)
            {
                case AmountColumn.PriorYear when prior is null: prior = amount; break;
                case AmountColumn.CurrentYear when current is null: current = amount; break;
                default: draft.Unplaced("fundSources", amounts[i], line); break;
            }
        }
        return (prior, current, kept);
    }

    /// The column of the <paramref name="index"/>th of <paramref name="count"/> amounts, at tab position
    /// <paramref name="position"/>: by position when the heading has them, else by order when the counts agree.
    private AmountColumn? ColumnOf(int position, int index, int count)
    {
        if (_positional && _columns.Count > 0) return AtPosition(position);
        if (_columns.Count == count) return _columns[index].Column;
        if (_columns.Count <= 1 && count == 1) return _columns.Count == 1 ? _columns[0].Column : AmountColumn.CurrentYear;
        return null;
    }

    /// True when tab position <paramref name="position"/> is under a kept column: what stands there is kept as printed,
    /// never a source's name or amount.
    private bool IsKeptPosition(int position) => _positional && AtPosition(position) == AmountColumn.Kept;

    /// The heading's column at tab position <paramref name="position"/>, or null.
    private AmountColumn? AtPosition(int position)
    {
        // A loop, not FindIndex with a lambda: the lambda would capture the position, a closure per cell.
        foreach (var (at, column) in _columns)
            if (at == position) return column;
        return null;
    }

    // The heading of the Kept column an amount stands in: by tab position, else by its order among the amounts.
    private string KeptHeading(int position, int index)
    {
        var k = 0;
        for (var c = 0; c < _columns.Count; c++)
        {
            if (_columns[c].Column != AmountColumn.Kept) continue;
            if (_positional ? _columns[c].Position == position : c == index) return _keptHeadings[k];
            k++;
        }
        return _keptHeadings.Count > 0 ? _keptHeadings[0] : "上年度";
    }

    /// The row's name without its numbering ("其中：1. 上级财政拨款" → 上级财政拨款) and its depth: 0 for 合计,
    /// 1 for (一) and the groups, 2 for 1. and the known sources under a group; -1 when nothing says it is a fund row.
    public static (string Name, int Depth) Clean(string printed)
    {
        var normalized = ChineseText.Normalize(printed);
        var text = normalized.AsSpan().Trim();
        if (text.StartsWith("其中")) text = text[2..].TrimStart(":：，, ");
        text = text.TrimEnd(":：");
        var depth = -1;
        var numbering = Numbering.Length(text);
        if (numbering > 0 && numbering < text.Length)
        {
            depth = Numbering.IsGroup(text) ? 1 : 2;
            text = text[numbering..];
        }
        text = text.Trim();
        if (text.EndsWith("小计") && text.Length > 2) text = text[..^2];
        if (!KnownNames.TryGetValue(text, out var known))
            return (text.Length == normalized.Length ? normalized : text.ToString(), depth);
        return known.Kind switch
        {
            NameKind.Total => (known.Name, 0),
            NameKind.Group when depth < 0 => (known.Name, 1),
            NameKind.Leaf when depth < 0 => (known.Name, 2),
            _ => (known.Name, depth),
        };
    }

    private enum NameKind { None, Total, Group, Leaf }

    // Every name Clean knows (the other spellings and the three sets above), looked up by the span of the cleaned name:
    // one lookup and no string made for it. Each maps to its canonical name and the set that name is in (None: in
    // none), the total before the groups before the leaves, the order in which Clean asked them.
    private static readonly Dictionary<string, (string Name, NameKind Kind)>.AlternateLookup<ReadOnlySpan<char>> KnownNames = BuildKnownNames();

    private static Dictionary<string, (string Name, NameKind Kind)>.AlternateLookup<ReadOnlySpan<char>> BuildKnownNames()
    {
        var known = new Dictionary<string, (string, NameKind)>(StringComparer.Ordinal);
        foreach (var spelling in CanonicalNames.Keys.Concat(TotalNames).Concat(GroupNames).Concat(LeafNames))
        {
            var name = CanonicalNames.GetValueOrDefault(spelling, spelling);
            known[spelling] = (name, TotalNames.Contains(name) ? NameKind.Total : GroupNames.Contains(name) ? NameKind.Group
                : LeafNames.Contains(name) ? NameKind.Leaf : NameKind.None);
        }
        return known.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
