using System.Globalization;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Text;

/// Reads the rows of the indicator table under its <see cref="IndicatorHeader"/>. Level 1 and level 2 are recognised
/// by their names (positions shift when a PDF extraction drops leading tabs after a page break) and carried down to
/// the rows that leave them empty; the cells after the name fill the heading's columns in order.
internal sealed class IndicatorTable(IndicatorHeader header, DeclarationDraft draft)
{
    /// How a row's cells line up with the heading.
    public enum CellMode
    {
        /// Tab positions: a cell's distance from the name cell is its distance from the name column.
        Positional,

        /// `|`-separated: empty cells were dropped, so cells after the name fill the columns in order.
        Sequential,

        /// Space-separated tokens: the name may hold spaces; the value is the last token.
        Tokens,
    }

    private string? _level1;
    private string? _level2;
    private bool _costIsLevel1;
    private bool _otherProject;

    // A level-2 name split over two rows whose first part is not a level name yet ("可持续影" / "响指标"): the
    // indicators read under it are corrected when the second part arrives.
    private string? _pendingLevel;
    private readonly List<int> _underPendingLevel = [];

    public IndicatorHeader Header => header;

    private readonly LevelLabel[] _labels = new LevelLabel[2];

    // The cells of the row being read, by column (reused from row to row).
    private readonly string?[] _values = new string?[header.Columns.Length];

    public void ReadRow(SourceRow row)
    {
        var mode = row.Layout switch
        {
            RowLayout.Tabs => CellMode.Positional,
            RowLayout.Pipes => CellMode.Sequential,
            _ => CellMode.Tokens,
        };
        Read(row.Cells, row.Line, mode, row.AfterBreak);
    }

    public void Read(SourceCell[] cells, int line, CellMode mode, bool afterBreak)
    {
        if (_otherProject || cells.Length == 0) return;
        var start = 0;
        if (header.HasProjectColumns)
        {
            var firstLevel = FirstLevelCell(cells);
            if (firstLevel < 0 && _level1 is null && _level2 is null)
            {
                ReadSummaryRow(cells, line);
                return;
            }
            if (firstLevel > 0)
            {
                ReadProjectCells(cells.AsSpan(0, firstLevel), line);
                if (_otherProject) return;
                start = firstLevel;
            }
        }

        // The level names at the start of the row.
        var labels = _labels;
        Span<int> labelCells = stackalloc int[2];
        var labelCount = 0;
        var p = start;
        while (p < cells.Length && labelCount < 2)
        {
            var (label, width) = LevelAt(cells, p, mode);
            if (label.Role is LevelRole.RowHeader or LevelRole.Fragment)
            {
                if (label.Role == LevelRole.Fragment) CompletePendingLevel("指标");
                p += width;
                continue;
            }
            if (label.Role == LevelRole.None) break;
            labels[labelCount] = label;
            labelCells[labelCount] = p;
            labelCount++;
            p += width;
            if (label.Role == LevelRole.Level2) break;
        }

        var rest = cells.AsSpan(p);
        // A name that is also a level name ("社会满意度" / "100%"): the labels never eat the name.
        if (labelCount > 0 && rest.Length == 1 && TargetLooks.IsValueLike(rest[0].Text))
        {
            labelCount--;
            rest = cells.AsSpan(labelCells[labelCount]);
        }
        if (rest.IsEmpty)
        {
            ApplyLevels(labels.AsSpan(0, labelCount), null, line);
            return;
        }

        // A value continued after a page break: the row before it had a name and no value.
        if (afterBreak && labelCount == 0 && rest.Length == 1 && mode == CellMode.Positional && draft.Indicators.Count > 0
            && draft.Indicators[^1].Target is MissingTarget && TargetLooks.IsValueLike(rest[0].Text))
        {
            var last = draft.Indicators[^1];
            draft.Indicators[^1] = last with { Target = TargetValue.Parse(rest[0].Raw, new TargetContext(last.Level2)) };
            return;
        }

        // Cells before the name that are not known level names: level names as printed (the checker reports them).
        List<SourceCell>? unknown = null;
        while (rest.Length > 1 && labelCount + (unknown?.Count ?? 0) < 2 && TooManyCells(rest, mode))
        {
            (unknown ??= new List<SourceCell>(2)).Add(rest[0]);
            rest = rest[1..];
        }
        ApplyLevels(labels.AsSpan(0, labelCount), unknown, line);
        ReadIndicator(rest, line, mode);
    }

    /// A finished row that came as one cell per line, assembled by <see cref="StreamRows"/>.
    public void ReadAssembled(List<SourceCell> cells, int line) => Read([.. cells], line, CellMode.Positional, afterBreak: false);

    /// The level name at cell <paramref name="p"/>; space-separated tokens may split it ("满意度指 标").
    private static (LevelLabel Label, int Width) LevelAt(SourceCell[] cells, int p, CellMode mode)
    {
        var label = LevelLabel.Of(cells[p].Text);
        if (mode != CellMode.Tokens || label.Role != LevelRole.None) return (label, 1);
        var joined = cells[p].Text;
        for (var width = 2; width <= 3 && p + width <= cells.Length; width++)
        {
            joined += cells[p + width - 1].Text;
            var longer = LevelLabel.Of(joined);
            if (longer.Role is not (LevelRole.None or LevelRole.Fragment)) return (longer, width);
        }
        return (label, 1);
    }

    private int FirstLevelCell(SourceCell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
            if (LevelLabel.Of(cells[i].Text).Role is LevelRole.Level1 or LevelRole.Level2 or LevelRole.Either) return i;
        return -1;
    }

    /// More cells than the columns from the name on can hold: the first is a level name we do not know.
    private bool TooManyCells(ReadOnlySpan<SourceCell> rest, CellMode mode) => mode switch
    {
        CellMode.Positional => rest[^1].Column - rest[0].Column > header.ColumnsAfterName,
        CellMode.Sequential => rest.Length - 1 > header.ColumnsAfterName,
        _ => false,
    };

    private void ApplyLevels(ReadOnlySpan<LevelLabel> labels, List<SourceCell>? unknown, int line)
    {
        if (labels.Length == 2)
        {
            SetLevel1(labels[0].Level1 ?? labels[0].Level2!);
            SetLevel2(labels[1].Level2 ?? labels[1].Level1!);
        }
        else if (labels.Length == 1)
            ApplySingle(labels[0]);

        if (unknown is null) return;
        if (unknown.Count == 2)
        {
            SetLevel1(unknown[0].Text);
            SetUnknownLevel2(unknown[1].Text);
        }
        else if (unknown.Count == 1)
        {
            if (labels.Length == 0 || labels[0].Role == LevelRole.Level1 || (labels[0].Role == LevelRole.Either && _level2 is null))
                SetUnknownLevel2(unknown[0].Text);
            else
                draft.Unplaced(Locations.Indicator(draft.Indicators.Count), unknown[0].Text, line);
        }
    }

    private void ApplySingle(LevelLabel label)
    {
        switch (label.Role)
        {
            case LevelRole.Level1:
                SetLevel1(label.Level1!);
                break;
            case LevelRole.Level2:
                SetLevel2(label.Level2!);
                break;
            case LevelRole.Either when label.Level2 == IndicatorTaxonomy.OutputCost:
                // 成本指标: under 产出 in the 88号 schema, a level 1 of its own in the 101号 schema.
                if (!_costIsLevel1 && _level1 is null or IndicatorTaxonomy.Output) SetLevel2(label.Level2);
                else SetLevel1(IndicatorTaxonomy.Cost);
                break;
            case LevelRole.Either:
                if (_level1 is not null && IndicatorTaxonomy.Belongs(_level1, label.Level2!)) SetLevel2(label.Level2!);
                else SetLevel1(label.Level1!);
                break;
        }
    }

    private void SetLevel1(string level1)
    {
        _level1 = level1;
        _level2 = null;
        _pendingLevel = null;
    }

    private void SetLevel2(string level2)
    {
        _level2 = level2;
        _pendingLevel = null;
        if (level2 is IndicatorTaxonomy.EconomicCost or IndicatorTaxonomy.SocialCost or IndicatorTaxonomy.EcologicalCost)
        {
            _costIsLevel1 = true;
            if (_level1 is null or IndicatorTaxonomy.Output) _level1 = IndicatorTaxonomy.Cost;
        }
        _level1 ??= IndicatorTaxonomy.Level1Of(level2, _costIsLevel1 ? IndicatorSchema.Fiscal2021No101 : IndicatorSchema.Fiscal2015No88);
    }

    private void SetUnknownLevel2(string printed)
    {
        if (_pendingLevel is not null && CompletePendingLevel(printed)) return;
        _level2 = printed;
        _pendingLevel = printed;
        _underPendingLevel.Clear();
    }

    /// Joins the first part of a split level name with its rest; when the whole is a known level 2, corrects the
    /// indicators read under the first part.
    private bool CompletePendingLevel(string rest)
    {
        if (_pendingLevel is null) return false;
        var whole = IndicatorTaxonomy.CanonicalLevel2(_pendingLevel + rest);
        if (whole is null) return false;
        foreach (var i in _underPendingLevel)
            draft.Indicators[i] = draft.Indicators[i] with
            {
                Level2 = whole,
                Target = TargetValue.Parse(draft.Indicators[i].Target.Text, new TargetContext(whole)),
            };
        _pendingLevel = null;
        _underPendingLevel.Clear();
        SetLevel2(whole);
        return true;
    }

    private void ReadIndicator(ReadOnlySpan<SourceCell> rest, int line, CellMode mode)
    {
        var index = draft.Indicators.Count;
        var location = Locations.Indicator(index);
        var values = _values;
        Array.Clear(values);
        string name;
        if (mode == CellMode.Tokens)
        {
            // Space-separated: the last token is the value when it reads like one (or is short), the rest the name.
            // Two tokens are a name and a value; of more, the last is the value when it reads like one.
            var last = rest[^1].Text;
            if (rest.Length > 1 && header.IndexOf(ColumnKind.Target) >= 0
                && (rest.Length == 2 || TargetLooks.IsValueLike(last) || last.Length <= 8 || ChineseText.HasAsciiDigit(last)))
            {
                values[header.IndexOf(ColumnKind.Target)] = last;
                rest = rest[..^1];
            }
            name = JoinTokens(rest);
        }
        else
        {
            name = rest[0].Text;
            for (var k = 1; k < rest.Length; k++)
            {
                var column = mode == CellMode.Positional
                    ? header.ColumnAt(header.Positions[header.NameIndex] + rest[k].Column - rest[0].Column)
                    : header.NameIndex + k;
                if (column < 0 || column >= values.Length || column <= header.NameIndex || values[column] is not null)
                    draft.Unplaced(location, rest[k].Text, line);
                else
                    values[column] = IsValueColumn(header.Columns[column]) ? rest[k].Raw : rest[k].Text;
            }
        }

        var indicator = Build(name, values, location, line);
        draft.Sources.Add(location, new SourceRef(line));
        draft.Indicators.Add(indicator);
        draft.Recognised++;
        if (_pendingLevel is not null) _underPendingLevel.Add(index);
    }

    private static bool IsValueColumn(ColumnKind kind) => kind is ColumnKind.Target or ColumnKind.LongTermTarget;

    private Indicator Build(string name, string?[] values, string location, int line)
    {
        string? Value(ColumnKind kind)
        {
            var i = header.IndexOf(kind);
            return i >= 0 ? values[i] : null;
        }

        var unit = Value(ColumnKind.Unit);
        var op = Value(ColumnKind.Operator);
        var directionText = Value(ColumnKind.Direction);
        // Forms swap 指标性质 and 指标方向: a cell's content says which it is.
        if (op is not null && DirectionOf(op) is not null && (directionText is null || IsOperator(directionText))) (op, directionText) = (directionText, op);
        else if (op is null && directionText is not null && IsOperator(directionText)) (op, directionText) = (directionText, null);
        IndicatorDirection? direction = null;
        if (directionText is not null)
        {
            direction = DirectionOf(directionText);
            if (direction is null) draft.Unplaced(location, directionText, line);
        }

        decimal? weight = null;
        if (Value(ColumnKind.Weight) is { } weightText)
        {
            if (decimal.TryParse(weightText.TrimEnd('%', '分'), NumberStyles.Number, CultureInfo.InvariantCulture, out var w)) weight = w;
            else draft.Unplaced(location, weightText, line);
        }

        var secondName = Value(ColumnKind.SecondName);
        if (secondName is not null && secondName != name)
        {
            if (name.Length == 0) name = secondName;
            else draft.Unplaced(location, secondName, line);
        }
        var secondLevel2 = Value(ColumnKind.SecondLevel2);
        if (secondLevel2 is not null && IndicatorTaxonomy.CanonicalLevel2(secondLevel2) is { } canonical && _level2 is not null && canonical != _level2)
            draft.Unplaced(location, secondLevel2, line);

        var level2 = _level2 ?? "";
        var context = new TargetContext(level2);
        var targetText = Compose(Value(ColumnKind.Target), op, unit);
        var longTermText = Compose(Value(ColumnKind.LongTermTarget), op, unit);
        return new Indicator
        {
            Level1 = _level1 ?? "",
            Level2 = level2,
            Name = name,
            Target = TargetValue.Parse(targetText, context),
            LongTermTarget = longTermText is null ? null : TargetValue.Parse(longTermText, context),
            Unit = unit,
            Direction = direction,
            Operator = op,
            Weight = weight,
            ValueBasis = Value(ColumnKind.ValueBasis),
            Explanation = Value(ColumnKind.Explanation),
            ScoringRule = Value(ColumnKind.ScoringRule),
            Remark = Value(ColumnKind.Remark),
        };
    }

    /// The value as the parser needs it: a bare number takes the unit and operator of their own columns
    /// ("95" with "≥" and "%" → "≥95%"), so the value keeps its meaning apart from the table.
    private static string? Compose(string? value, string? op, string? unit)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var bare = IsBareNumber(value);
        if (bare && !string.IsNullOrEmpty(unit)) value += unit;
        if (!string.IsNullOrEmpty(op) && IsOperator(op) && !TargetStartsWithOperator(value)) value = op + value;
        return value;
    }

    private static bool IsBareNumber(string text)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[0])) return false;
        foreach (var c in text)
            if (!(char.IsAsciiDigit(c) || c is '.' or ',')) return false;
        return true;
    }

    private static bool IsOperator(string text) =>
        text is "≥" or "≤" or "=" or ">" or "<" or ">=" or "<=" or "＞" or "＜" or "＝" or "≧" or "≦" or "＞＝" or "＜＝" or "大于" or "小于" or "等于"
            or "大于等于" or "小于等于" or "不低于" or "不高于" or "不少于" or "不超过";

    private static bool TargetStartsWithOperator(string value) => value[0] is '≥' or '≤' or '=' or '>' or '<' or '＞' or '＜' or '＝' or '≧' or '≦'
        || value.StartsWith("不低于", StringComparison.Ordinal) || value.StartsWith("不少于", StringComparison.Ordinal)
        || value.StartsWith("不高于", StringComparison.Ordinal) || value.StartsWith("不超过", StringComparison.Ordinal);

    private static IndicatorDirection? DirectionOf(string text) =>
        text.StartsWith("正向", StringComparison.Ordinal) ? IndicatorDirection.Positive
        : text.StartsWith("反向", StringComparison.Ordinal) || text.StartsWith("逆向", StringComparison.Ordinal) ? IndicatorDirection.Reverse
        : null;

    private static string JoinTokens(ReadOnlySpan<SourceCell> tokens)
    {
        if (tokens.Length == 1) return ChineseText.Normalize(tokens[0].Text);
        var joined = string.Join(' ', tokens.ToArray().Select(t => t.Text));
        return ChineseText.Normalize(joined);
    }

    /// Project columns before the tree (单位名称 | 项目名称 | 预算数 | 年度目标): right-aligned, since a merged cell
    /// at the left leaves the later rows of a project without it.
    private void ReadProjectCells(ReadOnlySpan<SourceCell> cells, int line)
    {
        var first = header.FirstTreeIndex - cells.Length;
        var projectName = header.IndexOf(ColumnKind.ProjectName);
        if (projectName >= 0 && projectName - first is var at && at >= 0 && at < cells.Length)
        {
            var name = cells[at].Text;
            if (draft.ProjectName is not null && draft.ProjectName != name)
            {
                _otherProject = true;
                draft.Findings.Add(ReaderFindings.Multiple(draft.ProjectName, name, line));
                return;
            }
        }
        for (var k = 0; k < cells.Length; k++)
        {
            var column = first + k;
            if (column < 0)
            {
                draft.Unplaced("", cells[k].Text, line);
                continue;
            }
            SetProjectValue(header.Columns[column], header.Printed[column], cells[k].Text, line);
        }
    }

    /// A row of project columns without indicators (a department's subtotal above its projects): kept in OtherFields
    /// under the column headings, amounts under the amount column.
    private void ReadSummaryRow(SourceCell[] cells, int line)
    {
        var budget = header.IndexOf(ColumnKind.ProjectBudget);
        var next = 0;
        foreach (var cell in cells)
        {
            var column = budget >= 0 && FormValues.LooksLikeAmount(cell.Text) ? budget : NextTextColumn(ref next, budget);
            if (column < 0) draft.Unplaced("", cell.Text, line);
            else draft.AddOther(header.Printed[column], cell.Text, line);
        }
    }

    private int NextTextColumn(ref int next, int skip)
    {
        while (next < header.FirstTreeIndex && (next == skip || !IndicatorColumns.IsProjectColumn(header.Columns[next]))) next++;
        return next < header.FirstTreeIndex ? next++ : -1;
    }

    private void SetProjectValue(ColumnKind kind, string printed, string value, int line)
    {
        var meaning = kind switch
        {
            ColumnKind.ProjectName => LabelMeaning.ProjectName,
            ColumnKind.ProjectDepartment => LabelMeaning.Department,
            ColumnKind.ProjectBudget => LabelMeaning.BudgetCurrentYear,
            ColumnKind.ProjectAnnualGoal => LabelMeaning.AnnualGoal,
            ColumnKind.ProjectOverallGoal => LabelMeaning.OverallGoal,
            _ => LabelMeaning.Other,
        };
        draft.Set(meaning, printed, value, line);
    }
}
