using System.CommandLine;
using Jixiao.Cli.Output;
using Jixiao.Interchange.Json;

namespace Jixiao.Cli.Commands;

/// `jixiao import FILE [--json]`: reads one declaration; prints a summary, or the declaration as JSON (docs/json.md),
/// which `jixiao import` reads back to the same declaration.
internal static class ImportCommand
{
    private const string Description =
        """
        读取一份申报表（.txt、.json 或 .xlsx，包括本命令输出的 JSON 和 jixiao export 导出的 Excel）并显示摘要：项目、部门、预算、各二级指标的指标数。
        加 --json 则输出完整的申报表 JSON（格式见 docs/json.md）。
        """;

    public static Command Create(CliOutput output)
    {
        var file = new Argument<string>("FILE") { Description = "申报表文件（.txt、.json、.xlsx）" };
        file.Validators.Add(CommandLineChecks.NoUnknownOptions);
        var json = new Option<bool>("--json") { Description = "以 JSON 输出申报表" };

        var command = new Command("import", Description) { file, json };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), output));
        return command;
    }

    private static int Run(string path, bool json, CliOutput output)
    {
        if (DeclarationFile.TryRead(path, out var problem) is not { } read)
        {
            output.Error.WriteLine(problem);
            return ExitCodes.Unreadable;
        }

        if (json) output.Out.WriteLine(DeclarationJson.Serialize(read.Declaration));
        else DeclarationSummary.Write(output.Console, read.Declaration);

        // Importing is not checking, but what the reader noticed should not go unsaid (on stderr: stdout stays JSON).
        if (read.Findings.Count > 0)
            output.Error.WriteLine($"提示：读取「{path}」时发现 {read.Findings.Count} 个问题，运行「jixiao check {path}」查看。");
        return ExitCodes.Ok;
    }
}
