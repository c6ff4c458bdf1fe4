using Jixiao.Domain;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Text;

/// Collects the rows of 项目预算资金来源构成 (fund sources) in printed order, each with its depth (合计 0, (一) 1,
/// 1. 2), and builds the tree from them.
internal sealed class FundTreeBuilder
{
    public sealed class Node(string name, int depth, int line)
    {
        public readonly string Name = name;
        public readonly int Depth = depth;
        public readonly int Line = line;
        public WanYuan? PriorYear;
        public WanYuan? CurrentYear;
        public readonly List<Node> Children = [];
    }

    private readonly List<Node> _rows = [];

    public int Count => _rows.Count;

    /// The first 合计 row, if the table has one.
    public Node? Total => _rows.Find(r => r.Depth == 0);

    public Node Add(string name, int depth, WanYuan? priorYear, WanYuan? currentYear, int line)
    {
        var node = new Node(name, depth, line) { PriorYear = priorYear, CurrentYear = currentYear };
        _rows.Add(node);
        return node;
    }

    /// True when the last row has no amount yet (its amounts may follow on the next line).
    public bool LastLacksAmounts => _rows.Count > 0 && _rows[^1].PriorYear is null && _rows[^1].CurrentYear is null;

    /// The row read last (the row a line of amounts after it belongs to).
    public Node? Last => _rows.Count > 0 ? _rows[^1] : null;

    /// The rows at the end without amounts, first to last, when there are at least <paramref name="minimum"/> and the
    /// first is the 合计: a row of column headings printed one cell per line (资金总额 / 财政资金 / 其他资金), whose
    /// amounts follow one per line. Null otherwise.
    public Queue<Node>? AmountlessRunFromTotal(int minimum)
    {
        var start = _rows.Count;
        while (start > 0 && _rows[start - 1].PriorYear is null && _rows[start - 1].CurrentYear is null) start--;
        if (_rows.Count - start < minimum || _rows[start].Depth != 0) return null;
        return new Queue<Node>(_rows.GetRange(start, _rows.Count - start));
    }

    public void SetLastAmounts(WanYuan? priorYear, WanYuan? currentYear)
    {
        _rows[^1].PriorYear = priorYear;
        _rows[^1].CurrentYear = currentYear;
    }

    public ValueList<FundSource> Build(SourceMap sources)
    {
        var roots = new List<Node>();
        var stack = new Stack<Node>();
        foreach (var row in _rows) row.Children.Clear();
        foreach (var row in _rows)
        {
            while (stack.Count > 0 && stack.Peek().Depth >= row.Depth) stack.Pop();
            (stack.Count > 0 ? stack.Peek().Children : roots).Add(row);
            stack.Push(row);
        }
        return Convert(roots, "fundSources", sources);
    }

    /// 其他 beside 财政拨款 and 自有资金 is the table's third group, (三) 其它资金 (Hunan prints 一、财政拨款 二、自有资金
    /// 三、其他), not the 其他 under 自有资金.
    private static bool IsThirdGroup(Node node, List<Node> siblings) =>
        node is { Depth: 1, Name: "其他" or "其它" } && siblings.Exists(s => s.Name == FundSourceNames.OwnFunds)
        && siblings.Exists(s => s.Name == FundSourceNames.FiscalAppropriation);

    private static ValueList<FundSource> Convert(List<Node> nodes, string path, SourceMap sources)
    {
        var result = new FundSource[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var location = $"{path}[{i}]";
            sources.Add(location, new SourceRef(node.Line));
            result[i] = new FundSource
            {
                Name = IsThirdGroup(node, nodes) ? FundSourceNames.OtherFunds : node.Name,
                PriorYear = node.PriorYear,
                CurrentYear = node.CurrentYear,
                // Most rows have no children: their path is made only for those that do.
                Children = node.Children.Count == 0 ? ValueList<FundSource>.Empty : Convert(node.Children, location + ".children", sources),
            };
        }
        return result;
    }
}
