using Jixiao.Web.Shared.Api;
using Microsoft.AspNetCore.Components.Web;

namespace Jixiao.Web.Shared.Ui;

/// The web UI: Razor components (static pages, interactive ones where a page needs it), AntDesign in Chinese, and the
/// client through which every page reaches the data — this server's own API.
public static class UiServices
{
    public static WebApplicationBuilder AddJixiaoUi(this WebApplicationBuilder builder)
    {
        // Package assets (_content/AntDesign/…) are found through the build's manifest wherever the app is started
        // from: `dotnet run`, the built dll in any environment, the tests. Without this call an unpublished app outside
        // Development answers 500 for them; a published app has no manifest and serves its wwwroot as usual.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddRazorComponents()
            .AddInteractiveServerComponents()
            // the sign-in cookie and the server's address reach interactive pages' circuits (see ApiSession)
            .RegisterPersistentService<ApiSession>(RenderMode.InteractiveServer);
        services.AddAntDesign();
        AntDesign.LocaleProvider.SetLocale("zh-CN");

        services.AddScoped<ApiSession>();
        services.AddHttpClient<JixiaoApi>()
            // Cookies are set per request from ApiSession; a shared cookie jar in the pooled handler would carry one
            // user's sign-in into another user's calls.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        return builder;
    }

    public static WebApplication MapJixiaoUi(this WebApplication app)
    {
        app.UseAntiforgery();   // the pages' forms (sign-in, sign-out …) carry an antiforgery token
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
