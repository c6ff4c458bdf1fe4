using System.CommandLine;

namespace Jixiao.Cli.Commands;

/// `jixiao serve [--demo] [--urls URL]`: runs the web server, the same host as Jixiao.Web.
internal static class ServeCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "空数据库时创建演示组织和用户（密码 Jixiao@2022）" };
        var urls = new Option<string?>("--urls") { Description = $"监听地址，默认 {JixiaoWebHost.DefaultUrl}" };
        var command = new Command("serve", "启动服务器（JSON API，/api/docs 查看接口）。" + ServerSettings.Help) { demo, urls }.AcceptingSettings();
        command.SetAction(async (parse, ct) =>
        {
            List<string> args = [.. ServerSettings.SettingsOf(parse)];
            if (parse.GetValue(demo)) args.Add("--demo");
            if (parse.GetValue(urls) is { } u) args.AddRange(["--urls", u]);
            var app = JixiaoWebHost.Build([.. args]);
            await JixiaoWebHost.InitializeDatabaseAsync(app);
            await app.RunAsync();
            return ExitCodes.Ok;
        });
        return command;
    }
}
