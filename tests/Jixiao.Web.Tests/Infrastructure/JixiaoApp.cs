using Jixiao.Data;
using Jixiao.Data.Users;
using Jixiao.Testing.Databases;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Infrastructure;

/// One server per provider, shared by all tests (starting a host costs seconds); each test still has a database of
/// its own: its requests carry a header that picks the test's database for that request's DbContext.
public sealed class JixiaoApp(DatabaseProvider provider) : WebApplicationFactory<Program>
{
    public const string DatabaseHeader = "X-Test-Database";

    private static readonly Lazy<JixiaoApp> SqliteApp = new(() => new JixiaoApp(DatabaseProvider.Sqlite));
    private static readonly Lazy<JixiaoApp> PostgresApp = new(() => new JixiaoApp(DatabaseProvider.Postgres));

    public static JixiaoApp For(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? SqliteApp.Value : PostgresApp.Value;

    public DatabaseProvider Provider { get; } = provider;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Each test migrates and seeds its own database; nothing happens at start-up.
        builder.UseSetting("Jixiao:InitializeDatabase", "false");
        builder.UseSetting("Jixiao:MasterKey", "AAECAwQFBgcICQoLDA0ODw==");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Jixiao", Provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : TestDatabases.PostgresServer);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        builder.ConfigureTestServices(services =>
        {
            // Replace the configured DbContext with one whose connection is chosen per request.
            var contextTypes = new[] { typeof(JixiaoDbContext), typeof(SqliteJixiaoDbContext), typeof(PostgresJixiaoDbContext) };
            foreach (var descriptor in services.Where(d => contextTypes.Contains(d.ServiceType)
                         || (d.ServiceType.IsGenericType && d.ServiceType.GenericTypeArguments.Any(contextTypes.Contains))).ToList())
                services.Remove(descriptor);
            services.AddScoped<TestDatabaseSelection>();
            if (Provider == DatabaseProvider.Sqlite)
                services.AddDbContext<JixiaoDbContext, SqliteJixiaoDbContext>(
                    (sp, o) => o.UseSqlite(sp.GetRequiredService<TestDatabaseSelection>().ConnectionString), ServiceLifetime.Scoped, ServiceLifetime.Scoped);
            else
                services.AddDbContext<JixiaoDbContext, PostgresJixiaoDbContext>(
                    (sp, o) => o.UseNpgsql(sp.GetRequiredService<TestDatabaseSelection>().ConnectionString), ServiceLifetime.Scoped, ServiceLifetime.Scoped);
            services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, TestDatabaseSelection.Filter>();
            // Hashing passwords at full strength costs most of a test's time; strength is not what these tests check.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
        });
    }
}

/// The database of the test that sent the current request.
public sealed class TestDatabaseSelection
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Registered = new();

    private string? _connectionString;

    public string ConnectionString
    {
        get => _connectionString ?? throw new InvalidOperationException($"A request without the {JixiaoApp.DatabaseHeader} header reached the database.");
        set => _connectionString = value;
    }

    public static string Register(string connectionString)
    {
        var key = Guid.NewGuid().ToString("N");
        Registered[key] = connectionString;
        return key;
    }

    public static void Unregister(string key) => Registered.TryRemove(key, out _);

    public sealed class Filter : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(JixiaoApp.DatabaseHeader, out var key) && Registered.TryGetValue(key.ToString(), out var cs))
                    context.RequestServices.GetRequiredService<TestDatabaseSelection>().ConnectionString = cs;
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
