using System.Net;
using Jixiao.Web.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.BrowserTests.Infrastructure;

/// The whole app on real Kestrel (a loopback port of its own) with the demo organisation on a SQLite file of its own,
/// as `./run.sh` starts it — in Production, so that the static-asset trap of an unpublished build is covered too.
public sealed class UiApp : WebApplicationFactory<Program>
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"jixiao-ui-{Guid.NewGuid():N}.db");

    public UiApp() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// http://127.0.0.1:port, once <see cref="StartAsync"/> ran.
    public string BaseUrl { get; private set; } = "";

    public async Task StartAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        // Program's own start-up (migrate, seed) runs after Build, which the factory stops at: run it here.
        await DatabaseStartup.RunAsync(Services, Services.GetRequiredService<IConfiguration>(), TextWriter.Null);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Jixiao", $"Data Source={_database};Pooling=False");
        builder.UseSetting("Jixiao:Demo", "true");
        builder.UseSetting("Jixiao:MasterKey", "AAECAwQFBgcICQoLDA0ODw==");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
            // Hashing passwords at full strength costs seconds per class; strength is not what these tests check.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            File.Delete(_database + suffix);
    }
}
