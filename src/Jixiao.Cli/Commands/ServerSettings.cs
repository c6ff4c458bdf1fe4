using System.CommandLine;
using Jixiao.Application;
using Jixiao.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jixiao.Cli.Commands;

/// The database commands read the same settings as the server: environment variables (ConnectionStrings__Jixiao,
/// Database__Provider, Jixiao__MasterKey) and `--Key=Value` arguments (--Database:Provider=Postgres).
internal static class ServerSettings
{
    public const string Help = "数据库设置同服务器：默认当前目录的 SQLite 文件 jixiao.db；PostgreSQL 用 --Database:Provider=Postgres --ConnectionStrings:Jixiao=\"Host=…\"（或同名环境变量，冒号写作 __）。";

    /// Lets a command take `--Key=Value` settings beside its own options.
    public static Command AcceptingSettings(this Command command)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        return command;
    }

    public static IReadOnlyList<string> SettingsOf(ParseResult parse) => parse.UnmatchedTokens;

    public static ServiceProvider Services(IReadOnlyList<string> settings)
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine([.. settings]).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddJixiaoData(config);
        services.AddJixiaoApplication(config);
        return services.BuildServiceProvider();
    }
}
