using System.Globalization;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Spectre.Console;

namespace Jixiao.Cli.Output;

/// `import` without --json: what the declaration is about, in a few lines, and how many indicators it has per level 2.
internal static class DeclarationSummary
{
    private const string Blank = "（未填）";

    public static void Write(IAnsiConsole console, Declaration d)
    {
        Fact(console, "项目名称", Text(d.ProjectName));
        Fact(console, "编报部门", Text(d.Department));
        Fact(console, "年度", d.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : Blank);
        Fact(console, "项目总预算", Budget(d.Budget));
        Fact(console, "绩效指标", $"{d.Indicators.Count.ToString(CultureInfo.InvariantCulture)} 个");
        if (d.Indicators.Count == 0) return;

        var table = new Table()
            .AddColumn("一级指标")
            .AddColumn("二级指标")
            .AddColumn(new TableColumn("指标数").RightAligned());
        // In the order the form lists them.
        foreach (var group in d.Indicators.GroupBy(i => (i.Level1, i.Level2)))
            table.AddRow(Markup.Escape(Text(group.Key.Level1)), Markup.Escape(Text(group.Key.Level2)), group.Count().ToString(CultureInfo.InvariantCulture));
        console.Write(table);
    }

    private static void Fact(IAnsiConsole console, string label, string value) =>
        console.MarkupLine($"[bold]{label}[/]：{Markup.Escape(value)}");

    private static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? Blank : value;

    /// "13857.29 万元（本年度申请 10000.00 万元 + 结转结余 3857.29 万元）".
    private static string Budget(BudgetSummary b) => b == BudgetSummary.Empty
        ? Blank
        : $"{Amount(b.Total)}（本年度申请 {Amount(b.CurrentYear)} + 结转结余 {Amount(b.CarryOver)}）";

    private static string Amount(WanYuan? amount) => amount is { } a ? $"{a} 万元" : Blank;
}
