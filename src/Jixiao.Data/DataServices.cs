using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Data;

public static class DataServices
{
    public const string DefaultConnectionString = "Data Source=jixiao.db";

    /// The one provider switch: SQLite file by default, PostgreSQL with Database:Provider=Postgres and
    /// ConnectionStrings:Jixiao. Code asks for <see cref="JixiaoDbContext"/> and never knows which.
    public static IServiceCollection AddJixiaoData(this IServiceCollection services, IConfiguration config)
    {
        var cs = config.GetConnectionString("Jixiao");
        return config["Database:Provider"] switch
        {
            null or "" or "Sqlite" => services.AddDbContext<JixiaoDbContext, SqliteJixiaoDbContext>(o => o.UseSqlite(cs ?? DefaultConnectionString)),
            "Postgres" => services.AddDbContext<JixiaoDbContext, PostgresJixiaoDbContext>(o => o.UseNpgsql(
                cs ?? throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:Jixiao, e.g. Host=127.0.0.1;Database=jixiao;Username=jixiao;Password=…"))),
            var other => throw new InvalidOperationException($"Database:Provider '{other}' is not supported; use Sqlite or Postgres."),
        };
    }
}
