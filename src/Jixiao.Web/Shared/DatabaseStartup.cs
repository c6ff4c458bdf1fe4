using Jixiao.Application.Setup;

namespace Jixiao.Web.Shared;

/// What the server does with its database when it starts (Jixiao:InitializeDatabase=false skips it).
public static class DatabaseStartup
{
    public static async Task RunAsync(IServiceProvider services, IConfiguration config, TextWriter console)
    {
        if (!config.GetValue("Jixiao:InitializeDatabase", true)) return;
        await using var scope = services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<InitializeDatabase>()
            .RunAsync(config.GetValue<bool>("Jixiao:Demo"), CancellationToken.None);
        if (outcome.DemoSeeded)
            console.WriteLine($"已创建演示数据：用户 filer1 filer2 dept1 dept2 biz perf debt proc admin，密码均为 {SeedDemo.Password}。");
        if (outcome.AdminOneTimePassword is { } password)
            console.WriteLine($"已创建管理员 admin，一次性密码：{password}（只显示这一次；首次登录后须通过 POST /api/auth/change-password 修改）。");
    }
}

/// `--demo` on the command line is the setting Jixiao:Demo=true.
public static class DemoSwitch
{
    public static string[] Expand(string[] args) =>
        [.. args.Select(a => a == "--demo" ? "--Jixiao:Demo=true" : a)];
}
