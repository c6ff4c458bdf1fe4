namespace Jixiao.Interchange.Text;

/// Project columns before the indicator tree, one cell per line (项目名称 | 预算金额 | 年度目标 | 一级指标 …, Beijing's
/// districts; 单位名称、项目名称 | 年度目标 | 一级指标 …, Chengdu): a project's cells stand before its first level 1, where
/// otherwise the next indicator's name would. The cells at the start of a row are held until the line after them says
/// which they are: a level 1 after cells that read as the project columns (a name, an amount under the budget, a
/// sentence under the goal) starts a project; anything else makes them the next indicator's row, fed as before.
internal sealed partial class StreamRows
{
    private readonly List<SourceRow> _beforeTree = [];
    private bool _replaying;

    // The project columns (right-aligned: a merged cell at the left leaves a later project without it) and at most one
    // cell before them, the unit named on its own row above its projects (Chengdu's 成都市青羊区教育局).
    private int ProjectColumns => table.Header.FirstTreeIndex;

    /// True when the row is held (a cell at the start of a row, before any level name); a held row is fed later.
    private bool HoldsBeforeTree(SourceRow row)
    {
        if (_replaying || ProjectColumns <= 0) return false;
        if (row.IsEmpty)
        {
            ReplayBeforeTree();
            return false;
        }
        var role = LevelLabel.Of(row.Joined).Role;
        if (role is LevelRole.Level1 or LevelRole.Level2 or LevelRole.Either)
        {
            if (_beforeTree.Count == 0) return false;
            if (role is LevelRole.Level1 or LevelRole.Either && StartsProject()) TakeProjectCells();
            else ReplayBeforeTree();
            return false;
        }
        if (_cells.Count > 0 || _held is not null || role is LevelRole.Fragment or LevelRole.RowHeader) return false;
        if (_beforeTree.Count > ProjectColumns)
        {
            ReplayBeforeTree();
            return false;
        }
        _beforeTree.Add(row);
        return true;
    }

    /// The held cells read as a project's: the last ones fill the project columns, each as its column holds, and one
    /// cell before them may be the unit's name.
    private bool StartsProject()
    {
        var header = table.Header;
        var taken = Math.Min(_beforeTree.Count, ProjectColumns);
        var before = _beforeTree.Count - taken;
        if (before > 1 || (before == 1 && !IsPlainText(_beforeTree[0].Joined))) return false;
        for (var k = 0; k < taken; k++)
            if (!FitsProjectColumn(header.Columns[ProjectColumns - taken + k], _beforeTree[before + k].Joined)) return false;
        return true;
    }

    private static bool FitsProjectColumn(ColumnKind kind, string text) => kind switch
    {
        ColumnKind.ProjectBudget => FormValues.LooksLikeAmount(text),
        // A goal is a sentence, not a value, a unit or a sign.
        ColumnKind.ProjectAnnualGoal or ColumnKind.ProjectOverallGoal => text.Length >= 6 && IsPlainText(text),
        _ => IsPlainText(text),
    };

    private static bool IsPlainText(string text) => !FormValues.LooksLikeAmount(text) && !TargetLooks.IsValueLike(text);

    /// The unit's row (if any) is read as a row of project columns alone; the project's cells start the row its first
    /// level 1 goes on.
    private void TakeProjectCells()
    {
        var taken = Math.Min(_beforeTree.Count, ProjectColumns);
        var before = _beforeTree.Count - taken;
        if (before == 1)
        {
            var unit = _beforeTree[0];
            table.ReadAssembled([new SourceCell(unit.Joined, 0, unit.Raw.Trim())], unit.Line);
        }
        _line = _beforeTree[before].Line;
        for (var k = before; k < _beforeTree.Count; k++)
        {
            var cell = _beforeTree[k];
            _cells.Add(new SourceCell(cell.Joined, _position++, cell.Raw.Trim()));
        }
        _beforeTree.Clear();
    }

    /// The held cells were the start of an indicator's row: fed as they came.
    private void ReplayBeforeTree()
    {
        // Feeding may complete a row and flush it, which replays: the held cells are taken out first.
        if (_beforeTree.Count == 0 || _replaying) return;
        var held = _beforeTree.ToArray();
        _beforeTree.Clear();
        _replaying = true;
        foreach (var row in held) FeedCell(row);
        _replaying = false;
    }
}
