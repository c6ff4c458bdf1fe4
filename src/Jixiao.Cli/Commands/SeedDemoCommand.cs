using System.CommandLine;
using Jixiao.Application.Setup;
using Jixiao.Cli.Output;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// `jixiao seed-demo`: creates the demo organisation of the README on an empty database (exit 1 when it has users).
internal static class SeedDemoCommand
{
    public static Command Create(CliOutput output)
    {
        var command = new Command("seed-demo", "在空数据库中创建演示组织、用户（密码 Jixiao@2022）和示例申报表草稿。" + ServerSettings.Help).AcceptingSettings();
        command.SetAction(async (parse, ct) =>
        {
            await using var services = ServerSettings.Services(ServerSettings.SettingsOf(parse));
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().Database.MigrateAsync(ct);
            if (!await scope.ServiceProvider.GetRequiredService<SeedDemo>().RunAsync(ct))
            {
                output.Error.WriteLine("数据库中已有用户，未创建演示数据（演示数据只在空数据库中创建）。");
                return ExitCodes.Errors;
            }
            output.Out.WriteLine($"已创建演示数据：用户 filer1 filer2 dept1 dept2 biz perf debt proc admin，密码均为 {SeedDemo.Password}。");
            return ExitCodes.Ok;
        });
        return command;
    }
}
