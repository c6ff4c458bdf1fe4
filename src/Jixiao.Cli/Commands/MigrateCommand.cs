using System.CommandLine;
using Jixiao.Cli.Output;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// `jixiao migrate`: brings the database schema up to date (the server also does this when it starts).
internal static class MigrateCommand
{
    public static Command Create(CliOutput output)
    {
        var command = new Command("migrate", "把数据库结构升级到最新版本。" + ServerSettings.Help).AcceptingSettings();
        command.SetAction(async (parse, ct) =>
        {
            await using var services = ServerSettings.Services(ServerSettings.SettingsOf(parse));
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            output.Out.WriteLine(pending.Count == 0 ? "数据库已是最新版本。" : $"已应用 {pending.Count} 个迁移：{string.Join("、", pending)}。");
            return ExitCodes.Ok;
        });
        return command;
    }
}
