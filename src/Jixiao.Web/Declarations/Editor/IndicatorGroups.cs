using Jixiao.Domain.Indicators;

namespace Jixiao.Web.Declarations.Editor;

/// The indicator table as the paper form shows it: grouped by level 1 (一级指标) and, within it, level 2 (二级指标).
/// The editor keeps the flat list in that grouped order, so a row's index (the location findings use) and its place
/// on the screen agree.
public static class IndicatorGroups
{
    public sealed record Row(int Index, IndicatorRow Value);

    public sealed record Level2Group(string Level1, string Level2, IReadOnlyList<Row> Rows);

    public sealed record Level1Group(string Level1, IReadOnlyList<Level2Group> Groups)
    {
        public int Count => Groups.Sum(g => g.Rows.Count);
    }

    /// The level-1 and level-2 choices a row offers, in the order of the taxonomy: 产出 with its four kinds as in
    /// 财预〔2015〕88号, then 成本指标 at level 1 as in 财预〔2021〕101号, 效益, 满意度. The checker reports a table that
    /// mixes the two schemas.
    public static IReadOnlyList<(string Level1, IReadOnlyList<string> Level2)> Choices { get; } =
    [
        (IndicatorTaxonomy.Output, IndicatorTaxonomy.Level2Names(IndicatorSchema.Fiscal2015No88, IndicatorTaxonomy.Output)),
        (IndicatorTaxonomy.Cost, IndicatorTaxonomy.Level2Names(IndicatorSchema.Fiscal2021No101, IndicatorTaxonomy.Cost)),
        (IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Level2Names(IndicatorSchema.Fiscal2015No88, IndicatorTaxonomy.Benefit)),
        (IndicatorTaxonomy.Satisfaction, IndicatorTaxonomy.Level2Names(IndicatorSchema.Fiscal2015No88, IndicatorTaxonomy.Satisfaction)),
    ];

    /// The groups in order of first appearance, each row with its index in the flat list.
    public static IReadOnlyList<Level1Group> Of(IReadOnlyList<IndicatorRow> rows)
    {
        var level1s = new List<(string Level1, List<(string Level2, List<Row> Rows)> Groups)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var l1 = level1s.FindIndex(g => g.Level1 == row.Level1);
            if (l1 < 0)
            {
                level1s.Add((row.Level1, []));
                l1 = level1s.Count - 1;
            }
            var groups = level1s[l1].Groups;
            var l2 = groups.FindIndex(g => g.Level2 == row.Level2);
            if (l2 < 0)
            {
                groups.Add((row.Level2, []));
                l2 = groups.Count - 1;
            }
            groups[l2].Rows.Add(new Row(i, row));
        }
        return [.. level1s.Select(l => new Level1Group(l.Level1, [.. l.Groups.Select(g => new Level2Group(l.Level1, g.Level2, g.Rows))]))];
    }

    /// Puts the rows in grouped order (stable: rows keep their order within a group).
    public static void Normalize(List<IndicatorRow> rows)
    {
        var ordered = Of(rows).SelectMany(l => l.Groups).SelectMany(g => g.Rows).Select(r => r.Value).ToList();
        rows.Clear();
        rows.AddRange(ordered);
    }

    /// Adds a blank row at the end of the group (creating the group in taxonomy order when it is new); its index.
    public static int Add(List<IndicatorRow> rows, string level1, string level2)
    {
        var index = InsertIndex(rows, level1, level2);
        rows.Insert(index, new IndicatorRow { Level1 = level1, Level2 = level2 });
        return index;
    }

    /// Moves the row to another level 1 / level 2: it goes to the end of that group.
    public static void ChangeCategory(List<IndicatorRow> rows, IndicatorRow row, string level1, string level2)
    {
        if (row.Level1 == level1 && row.Level2 == level2) return;
        rows.Remove(row);
        var index = InsertIndex(rows, level1, level2);
        row.Level1 = level1;
        row.Level2 = level2;
        rows.Insert(index, row);
    }

    /// Swaps the row with its neighbour in the same group (−1 up, +1 down); false when it is already first or last.
    public static bool Move(List<IndicatorRow> rows, IndicatorRow row, int direction)
    {
        var index = rows.IndexOf(row);
        var other = index + direction;
        if (index < 0 || other < 0 || other >= rows.Count) return false;
        if (rows[other].Level1 != row.Level1 || rows[other].Level2 != row.Level2) return false;
        (rows[index], rows[other]) = (rows[other], rows[index]);
        return true;
    }

    public static bool IsFirstInGroup(IReadOnlyList<IndicatorRow> rows, int index) =>
        index == 0 || rows[index - 1].Level1 != rows[index].Level1 || rows[index - 1].Level2 != rows[index].Level2;

    public static bool IsLastInGroup(IReadOnlyList<IndicatorRow> rows, int index) =>
        index == rows.Count - 1 || rows[index + 1].Level1 != rows[index].Level1 || rows[index + 1].Level2 != rows[index].Level2;

    private static int InsertIndex(List<IndicatorRow> rows, string level1, string level2)
    {
        var same = rows.FindLastIndex(r => r.Level1 == level1 && r.Level2 == level2);
        if (same >= 0) return same + 1;
        if (rows.Exists(r => r.Level1 == level1))
        {
            var rank = Level2Rank(level2);
            var after = rows.FindLastIndex(r => r.Level1 == level1 && Level2Rank(r.Level2) <= rank);
            return after >= 0 ? after + 1 : rows.FindIndex(r => r.Level1 == level1);
        }
        var level1Rank = Level1Rank(level1);
        return rows.FindLastIndex(r => Level1Rank(r.Level1) <= level1Rank) + 1;
    }

    private static int Level1Rank(string level1)
    {
        var i = 0;
        foreach (var (name, _) in Choices)
        {
            if (name == level1) return i;
            i++;
        }
        return int.MaxValue;
    }

    private static int Level2Rank(string level2)
    {
        var i = 0;
        foreach (var (_, names) in Choices)
            foreach (var name in names)
            {
                if (name == level2) return i;
                i++;
            }
        return int.MaxValue;
    }
}
