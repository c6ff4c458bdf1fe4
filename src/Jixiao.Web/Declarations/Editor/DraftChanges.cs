using Jixiao.Web.Shared.Ui;

namespace Jixiao.Web.Declarations.Editor;

/// One change the user made since the version they started from: where, what it was, what they wrote, and how to
/// make the same change on another draft (a newer version someone else saved).
public sealed record DraftChange(string Location, string Label, string Before, string Mine, Action<DeclarationDraft> ApplyTo);

/// The user's changes to a draft, field by field, so that a save refused as stale (409) loses nothing: the editor
/// lists them, keeps them, and re-applies them to the newer version on request.
public static class DraftChanges
{
    /// Every change from <paramref name="before"/> to <paramref name="mine"/>: fields, project types, fund-source
    /// cells, and indicator cells — or the whole indicator table when rows were added, removed or moved.
    public static IReadOnlyList<DraftChange> Between(DeclarationDraft before, DeclarationDraft mine)
    {
        var changes = new List<DraftChange>();
        foreach (var field in DraftFields.All)
        {
            var (old, now) = (field.Get(before) ?? "", field.Get(mine) ?? "");
            if (old != now) changes.Add(new(field.Path, field.Label, old, now, d => field.Set(d, now)));
        }

        if (!before.ProjectTypes.SequenceEqual(mine.ProjectTypes))
        {
            var types = mine.ProjectTypes.ToList();
            changes.Add(new("projectTypes", "项目类型", Types(before), Types(mine), d =>
            {
                d.ProjectTypes.Clear();
                d.ProjectTypes.AddRange(types);
            }));
        }

        FundSources(changes, "fundSources", before.FundSources, mine.FundSources, mine);

        if (before.Indicators.Select(r => r.Key).SequenceEqual(mine.Indicators.Select(r => r.Key)))
        {
            for (var i = 0; i < mine.Indicators.Count; i++)
                IndicatorCells(changes, i, before.Indicators[i], mine.Indicators[i], mine);
        }
        else
        {
            var rows = mine.Indicators.Select(r => r.Clone()).ToList();
            changes.Add(new(Locations.IndicatorTable, "绩效指标表（增删或调整了指标行，整表）",
                $"{before.Indicators.Count} 条指标", $"{mine.Indicators.Count} 条指标", d =>
                {
                    d.Indicators.Clear();
                    d.Indicators.AddRange(rows.Select(r => r.Clone()));
                }));
        }
        return changes;
    }

    /// Makes the user's changes on <paramref name="latest"/> (a newer version) and returns what was applied. A cell of
    /// an indicator table whose rows the newer version changed cannot be placed by its number: then the user's whole
    /// table is taken, and said so.
    public static IReadOnlyList<DraftChange> Reapply(IReadOnlyList<DraftChange> changes, DeclarationDraft before, DeclarationDraft mine, DeclarationDraft latest)
    {
        var applied = new List<DraftChange>();
        var rowsMoved = latest.Indicators.Count != before.Indicators.Count;
        var tableTaken = false;
        foreach (var change in changes)
        {
            if (rowsMoved && Locations.IndicatorIndex(change.Location) is not null)
            {
                if (tableTaken) continue;
                tableTaken = true;
                var rows = mine.Indicators.Select(r => r.Clone()).ToList();
                latest.Indicators.Clear();
                latest.Indicators.AddRange(rows);
                applied.Add(new(Locations.IndicatorTable, "绩效指标表（新版本的指标行有变化，整表采用您的修改）",
                    $"{before.Indicators.Count} 条指标", $"{mine.Indicators.Count} 条指标", _ => { }));
                continue;
            }
            change.ApplyTo(latest);
            applied.Add(change);
        }
        return applied;
    }

    private static void IndicatorCells(List<DraftChange> changes, int index, IndicatorRow before, IndicatorRow mine, DeclarationDraft draft)
    {
        var label = Locations.Label(Locations.Indicator(index), draft);
        if (before.Level1 != mine.Level1 || before.Level2 != mine.Level2)
        {
            var (l1, l2) = (mine.Level1, mine.Level2);
            changes.Add(new(Locations.Indicator(index, "level2"), label + "的分类", $"{before.Level1} / {before.Level2}", $"{l1} / {l2}",
                d => Row(d, index, r => (r.Level1, r.Level2) = (l1, l2))));
        }
        if (before.Name != mine.Name)
        {
            var name = mine.Name;
            changes.Add(new(Locations.Indicator(index, "name"), label + "的三级指标", before.Name, name, d => Row(d, index, r => r.Name = name)));
        }
        if (before.Target != mine.Target)
        {
            var target = mine.Target;
            changes.Add(new(Locations.Indicator(index, "target"), label + "的指标值", before.Target, target, d => Row(d, index, r => r.Target = target)));
        }
    }

    private static void Row(DeclarationDraft draft, int index, Action<IndicatorRow> change)
    {
        if (index < draft.Indicators.Count) change(draft.Indicators[index]);
    }

    private static void FundSources(List<DraftChange> changes, string path, List<FundSourceRow> before, List<FundSourceRow> mine, DeclarationDraft draft)
    {
        if (!SameShape(before, mine))
        {
            var rows = mine.Select(r => r.Clone()).ToList();
            changes.Add(new("fundSources", "资金来源表（整表）", "", "已修改", d =>
            {
                d.FundSources.Clear();
                d.FundSources.AddRange(rows.Select(r => r.Clone()));
            }));
            return;
        }
        Cells(changes, path, before, mine, draft);
    }

    private static void Cells(List<DraftChange> changes, string path, List<FundSourceRow> before, List<FundSourceRow> mine, DeclarationDraft draft)
    {
        for (var i = 0; i < mine.Count; i++)
        {
            var rowPath = FormattableString.Invariant($"{path}[{i}]");
            foreach (var (column, get) in new (string, Func<FundSourceRow, AmountText>)[] { ("priorYear", r => r.PriorYear), ("currentYear", r => r.CurrentYear) })
            {
                var (old, now) = (get(before[i]).Text, get(mine[i]).Text);
                if (old == now) continue;
                var location = $"{rowPath}.{column}";
                changes.Add(new(location, Locations.Label(location, draft), old, now, d =>
                {
                    if (FindRow(d.FundSources, location) is { } row) get(row).Text = now;
                }));
            }
            Cells(changes, rowPath + ".children", before[i].Children, mine[i].Children, draft);
        }
    }

    /// The row a path such as fundSources[0].children[1].currentYear names, if the draft has it.
    public static FundSourceRow? FindRow(List<FundSourceRow> roots, string location)
    {
        var rows = roots;
        FundSourceRow? row = null;
        foreach (var part in location.Split('.'))
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            if (open < 0) break;
            var index = int.Parse(part.AsSpan(open + 1, part.Length - open - 2), System.Globalization.CultureInfo.InvariantCulture);
            if (index >= rows.Count) return null;
            row = rows[index];
            rows = row.Children;
        }
        return row;
    }

    private static bool SameShape(List<FundSourceRow> a, List<FundSourceRow> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Name == p.Second.Name && SameShape(p.First.Children, p.Second.Children));

    private static string Types(DeclarationDraft draft) => string.Join("、", draft.ProjectTypes.Select(Zh.ProjectType));
}
