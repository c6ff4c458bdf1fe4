using System.Globalization;
using Jixiao.Cli.Commands;
using Jixiao.Domain.Checks;
using Spectre.Console;

namespace Jixiao.Cli.Output;

/// One file's findings for a person: grouped by section in the form's order, each with where it is (in the form's
/// words and the source line), what is wrong and what to write instead.
internal static class FindingReport
{
    public static void Write(IAnsiConsole console, FileCheck check)
    {
        console.MarkupLine($"[bold]{Markup.Escape(check.Path)}[/]");
        if (check.Findings.Count == 0)
        {
            console.MarkupLine("  [green]未发现问题。[/]");
            console.WriteLine();
            return;
        }

        foreach (var section in check.Findings.GroupBy(f => FormSections.Of(f.Location)).OrderBy(g => g.Key))
        {
            console.MarkupLine($"  [bold]{section.Key.Label()}[/]");
            foreach (var finding in section)
            {
                var where = LocationLabels.Describe(finding.Location, check.Declaration);
                var source = finding.Line is { } line ? $"第{line.ToString(CultureInfo.InvariantCulture)}行" : finding.Cell;
                console.MarkupLine($"    {SeverityMark(finding.Severity)} {Markup.Escape(where)}"
                    + (source is null ? "" : $"（{Markup.Escape(source)}）")
                    + $"  [dim]{Markup.Escape(finding.Code)}[/]");
                console.MarkupLine($"      {Markup.Escape(finding.Message)}");
                if (finding.Suggestion is { } suggestion) console.MarkupLine($"      [dim]建议：[/]{Markup.Escape(suggestion)}");
            }
        }

        var info = check.Count(Severity.Info);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"  共 {check.Count(Severity.Error)} 个错误，{check.Count(Severity.Warning)} 个警告{(info > 0 ? $"，{info} 条提示" : "")}。"));
        console.WriteLine();
    }

    public static string SeverityMark(Severity severity) => severity switch
    {
        Severity.Error => "[red]✖ 错误[/]",
        Severity.Warning => "[yellow]⚠ 警告[/]",
        Severity.Info => "[blue]ℹ 提示[/]",
    };
}
