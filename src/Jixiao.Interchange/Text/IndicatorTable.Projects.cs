namespace Jixiao.Interchange.Text;

/// Project columns of a table that lists projects and their indicators together (井研: 单位名称 | 项目名称 | 预算数 |
/// 年度目标 | 一级指标 …): the first project is read; a second one is reported, not mixed in.
internal sealed partial class IndicatorTable
{
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
    private void ReadSummaryRow(ReadOnlySpan<SourceCell> cells, int line)
    {
        var budget = header.IndexOf(ColumnKind.ProjectBudget);
        var next = 0;
        foreach (var cell in cells)
        {
            var column = budget >= 0 && FormValues.LooksLikeAmount(cell.Text) ? budget : NextTextColumn(ref next, budget);
            if (column < 0) draft.Unplaced("", cell.Text, line);
            else if (IsUnitAboveProjects(column)) draft.Set(LabelMeaning.BudgetUnit, header.Printed[column], cell.Text, line);
            else draft.AddOther(header.Printed[column], cell.Text, line);
        }
    }

    /// 单位名称、项目名称 over 成都市青羊区教育局 and then its projects (Chengdu): one column names the unit on its own row
    /// and each project below it, so the row before the first project is the budget unit (预算单位), which a form
    /// without 主管部门 takes as the department (docs/json.md). A unit's row after a project is another unit's, kept.
    private bool IsUnitAboveProjects(int column) =>
        draft.ProjectName is null && header.Columns[column] == ColumnKind.ProjectName && header.Printed[column].Contains("单位", StringComparison.Ordinal);

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
            // 项目名称 | 绩效目标 | 一级指标 … (Guangzhou's disclosure): a column the table's header has no kind for is read
            // by what its heading means as a label of the form (绩效目标 the year's goal), else kept under it.
            _ => FormLabels.Trie.TryMatchWhole(printed, out var label, out _) && FormLabels.TakesValue(label) ? label : LabelMeaning.Other,
        };
        draft.Set(meaning, printed, value, line);
    }
}
