using Jixiao.Application;
using Jixiao.Data;
using Jixiao.Web.Admin;
using Jixiao.Web.Auth;
using Jixiao.Web.Declarations;
using Jixiao.Web.Documents;
using Jixiao.Web.Docs;
using Jixiao.Web.Health;
using Jixiao.Web.Review;
using Jixiao.Web.Shared;
using Jixiao.Web.Shared.Ui;

var app = JixiaoWebHost.Build(args);
await JixiaoWebHost.InitializeDatabaseAsync(app);
await app.RunAsync();

/// The entry point, named for WebApplicationFactory&lt;Program&gt; in the tests.
public partial class Program;

/// The Jixiao web host, shared by this project's entry point and `jixiao serve`.
public static class JixiaoWebHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = DemoSwitch.Expand(args),   // `--demo` means Jixiao:Demo=true
            // this project's name, also under `jixiao serve`: it names the manifests of the UI's static assets
            ApplicationName = typeof(JixiaoWebHost).Assembly.GetName().Name,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)   // not every SQL command
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning);                        // nor every request

        builder.Services.AddJixiaoData(builder.Configuration);          // SQLite file by default, PostgreSQL by config
        builder.Services.AddJixiaoApplication(builder.Configuration);   // use cases, Identity's user store, key vault
        builder.Services.AddJixiaoWeb();                                // sign-in cookie, JSON, problem details, OpenAPI
        builder.AddJixiaoUi();                                          // Razor components, AntDesign in zh-CN, the API client

        var app = builder.Build();
        app.UseJixiaoErrors();          // API: DomainException → 409, not found → 404 … as problem details; pages: an error page
        app.UseJsonOrMultipartOnly();   // state-changing calls with another body type → 415 (blocks form-post CSRF)
        app.UseAuthentication();
        app.UseCaller();                // the signed-in user's role and organisation; one-time passwords → 403
        app.UseAuthorization();

        app.MapPing();                  // anonymous constant: is the server up (and the benchmark's baseline)
        app.MapAuth();
        app.MapDeclarations();
        app.MapReview();
        app.MapDocuments();             // .xlsx/PDF export, the blank template, bulk zip with the summary workbook
        app.MapAdmin();
        app.MapApiDocs();               // /openapi/v1.json and the /api/docs page
        app.MapJixiaoUi();              // the pages, their static assets and forms
        return app;
    }

    /// Migrates the database and, on an empty one, creates the demo organisation or a first administrator.
    public static Task InitializeDatabaseAsync(WebApplication app) => DatabaseStartup.RunAsync(app.Services, app.Configuration, Console.Out);
}
