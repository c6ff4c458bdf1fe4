using System.Globalization;
using Jixiao.Cli.Commands;
using Jixiao.Domain.Checks;
using Spectre.Console;

namespace Jixiao.Cli.Output;

/// The table that ends a check of several files: one row per file, then the totals.
internal static class CheckSummaryTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<FileCheck> checks)
    {
        var table = new Table().Title("检查汇总")
            .AddColumn("文件")
            .AddColumn(new TableColumn("指标数").RightAligned())
            .AddColumn(new TableColumn("错误").RightAligned())
            .AddColumn(new TableColumn("警告").RightAligned())
            .AddColumn("状态");
        foreach (var check in checks)
        {
            table.AddRow(
                Markup.Escape(check.Path),
                check.Declaration is { } d ? Number(d.Indicators.Count) : "-",
                check.Problem is null ? Number(check.Count(Severity.Error)) : "-",
                check.Problem is null ? Number(check.Count(Severity.Warning)) : "-",
                Status(check.ExitCode));
        }
        console.Write(table);

        var unreadable = checks.Count(c => c.ExitCode == ExitCodes.Unreadable);
        var withErrors = checks.Count(c => c.ExitCode == ExitCodes.Errors);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"共 {checks.Count} 个文件：{checks.Count - unreadable - withErrors} 个通过，{withErrors} 个有错误，{unreadable} 个无法读取。"));
    }

    public static string Status(int exitCode) => exitCode switch
    {
        ExitCodes.Ok => "[green]通过[/]",
        ExitCodes.Errors => "[red]有错误[/]",
        _ => "[red]无法读取[/]",
    };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
