using System.CommandLine;
using Jixiao.Cli.Output;
using Spectre.Console;

namespace Jixiao.Cli.Commands;

/// `jixiao check FILE... [--json]`: every finding of every file, grouped by section of the form.
internal static class CheckCommand
{
    private const string Description =
        """
        检查申报表，按栏目（表头/基本信息、预算、资金来源、绩效指标、审核意见）列出全部问题。
        可给多个文件或文件夹（递归查找 .txt、.json、.xlsx）：逐个列出问题，最后显示汇总表；退出码取最严重的一个。
        --json 的输出：一个文件时为问题数组 [{code, severity, location, message, suggestion, fix, line, cell}]；
        多个文件或文件夹时为数组 [{file, error, findings}]，error 是无法读取的原因（能读取时为 null）。
        """;

    public static Command Create(CliOutput output)
    {
        var files = new Argument<string[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "申报表文件（.txt、.json、.xlsx）或文件夹",
        };
        files.Validators.Add(CommandLineChecks.NoUnknownOptions);
        var json = new Option<bool>("--json") { Description = "以 JSON 输出问题（格式见上）" };

        var command = new Command("check", Description) { files, json };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(files)!, parse.GetValue(json), output, ct)));
        return command;
    }

    private static int Run(string[] arguments, bool json, CliOutput output, CancellationToken ct)
    {
        var inputs = InputFiles.Expand(arguments);
        var several = InputFiles.AreSeveral(arguments);
        var checks = CheckAll(inputs, several, output, ct);

        foreach (var failed in checks.Where(c => c.Problem is not null)) output.Error.WriteLine(failed.Problem);

        if (json)
        {
            // One unreadable file prints no JSON at all: its exit code 2 and the message on stderr say it.
            if (several) output.Out.WriteLine(CheckJson.Several(checks));
            else if (checks[0].Problem is null) output.Out.WriteLine(CheckJson.One(checks[0]));
        }
        else
        {
            foreach (var check in checks.Where(c => c.Problem is null)) FindingReport.Write(output.Console, check);
            if (several) CheckSummaryTable.Write(output.Console, checks);
        }
        return checks.Max(c => c.ExitCode);
    }

    private static IReadOnlyList<FileCheck> CheckAll(IReadOnlyList<InputFile> inputs, bool several, CliOutput output, CancellationToken ct)
    {
        if (!several || !output.ErrorIsTerminal) return [.. inputs.Select(input => CheckOne(input, ct))];

        return output.ErrorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("检查申报表", maxValue: inputs.Count);
                var checks = new List<FileCheck>();
                foreach (var input in inputs)
                {
                    task.Description = Markup.Escape(Path.GetFileName(input.Path));
                    checks.Add(CheckOne(input, ct));
                    task.Increment(1);
                }
                return checks;
            });
    }

    private static FileCheck CheckOne(InputFile input, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return FileCheck.Run(input);
    }
}
