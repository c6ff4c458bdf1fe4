using System.Collections.Frozen;
using Jixiao.Domain.Budget;

namespace Jixiao.Interchange.Text;

// The names of the table's rows: the sets of known names, their other spellings, and what a printed name cleans to.
// Kept in one file: the lookup is built from the sets, and static fields are set up in file order only within a file.
internal sealed partial class FundSection
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
