using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using Jixiao.Cli.Commands;
using Jixiao.Cli.Output;

namespace Jixiao.Cli;

/// The `jixiao` command line: one command per file under Commands/. A new command (serve, migrate, seed-demo,
/// export, audit verify) is one more file there and one more line in <see cref="CreateRoot"/>.
public static class JixiaoCli
{
    private const string Description =
        """
        jixiao：预算绩效目标申报表的检查、导入与导出，以及服务器的启动、数据库迁移、演示数据和审计链校验。
        退出码：0 成功；1 有错误级问题（seed-demo：数据库已有用户；audit verify：审计链断开）；2 文件无法读取或识别，或命令用法有误。
        """;

    /// Runs one command line. Tests pass StringWriters; Program passes the console, and only then are there
    /// colours (unless NO_COLOR is set) and progress bars.
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        // System.CommandLine's own texts (用法, 选项, its parse errors) in Chinese like ours. Set inside this async
        // method, the change does not leak to the caller.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

        var output = CliOutput.For(stdout, stderr);
        var root = CreateRoot(output);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // Our own report instead of the default one, which prints the help on stdout and exits 1 (our "has errors").
            foreach (var error in parse.Errors) stderr.WriteLine(error.Message);
            var command = parse.CommandResult.Command;
            stderr.WriteLine($"运行「{(command == root ? "jixiao" : $"jixiao {command.Name}")} --help」查看用法。");
            return ExitCodes.Unreadable;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("已取消。");
            return ExitCodes.Unreadable;
        }
        catch (Exception ex)
        {
            // A defect of ours, not of the file (those are caught per file): one line a user can pass on, no stack trace.
            stderr.WriteLine($"jixiao 内部错误（{ex.GetType().Name}）：{ex.Message}");
            return ExitCodes.Unreadable;
        }
    }

    private static RootCommand CreateRoot(CliOutput output)
    {
        var root = new RootCommand(Description)
        {
            CheckCommand.Create(output),
            ImportCommand.Create(output),
            ExportCommand.Create(output),
            TemplateCommand.Create(output),
            ServeCommand.Create(),
            MigrateCommand.Create(output),
            SeedDemoCommand.Create(output),
            AuditCommand.Create(output),
        };
        foreach (var help in root.Options.OfType<HelpOption>()) help.Description = "显示帮助和用法";

        // `jixiao` alone: show what there is, but as a usage error, since nothing was done.
        root.SetAction(parse =>
        {
            new HelpAction().Invoke(parse);
            return ExitCodes.Unreadable;
        });
        return root;
    }
}
