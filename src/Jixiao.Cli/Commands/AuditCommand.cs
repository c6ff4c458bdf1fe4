using System.CommandLine;
using Jixiao.Application.Auditing;
using Jixiao.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// `jixiao audit verify`: checks the audit log's hash chain against the database; exit 1 naming the first broken entry.
internal static class AuditCommand
{
    public static Command Create(CliOutput output)
    {
        var verify = new Command("verify", "逐条核对审计日志的哈希链；链断开时以退出码 1 结束并指出第一条有问题的记录。" + ServerSettings.Help).AcceptingSettings();
        verify.SetAction(async (parse, ct) =>
        {
            await using var services = ServerSettings.Services(ServerSettings.SettingsOf(parse));
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditChain>().RunAsync(ct);
            if (result.Valid)
            {
                output.Out.WriteLine($"审计日志完整：共 {result.CheckedCount} 条记录，末条哈希 {result.LastHash}。");
                return ExitCodes.Ok;
            }
            output.Error.WriteLine($"审计日志在第 {result.FirstBrokenSequence} 条记录处断开：{result.Reason}");
            return ExitCodes.Errors;
        });
        return new Command("audit", "审计日志") { verify };
    }
}
