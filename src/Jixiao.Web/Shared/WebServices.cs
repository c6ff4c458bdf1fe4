using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Jixiao.Application.Access;
using Jixiao.Data.Users;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Shared;

public static class WebServices
{
    public static IServiceCollection AddJixiaoWeb(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(o => Configure(o.SerializerOptions));
        // Chinese text is written as is, in HTML too (a UI page must not show 中 as &#x4E2D;).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        // Bad request bodies throw, so that the one error mapping can answer them in Chinese.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTexts.FillIn);
        services.AddExceptionHandler<JixiaoErrors>();

        new IdentityBuilder(typeof(JixiaoUser), services).AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "jixiao.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // An API answers 401/403; it never redirects to a login page.
            o.Events.OnRedirectToLogin = c => ProblemTexts.WriteAsync(c.HttpContext, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ProblemTexts.WriteAsync(c.HttpContext, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();

        services.AddScoped<CallerHolder>();
        services.AddScoped(sp => sp.GetRequiredService<CallerHolder>().Caller
            ?? throw new InvalidOperationException("Caller asked for on an endpoint that does not require sign-in."));

        services.AddOpenApi();
        return services;
    }

    /// camelCase names and enum values (inReview, competentDepartment), Chinese unescaped.
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}

/// The signed-in user of this request, loaded once by <see cref="CallerMiddleware"/>.
public sealed class CallerHolder
{
    public Caller? Caller { get; set; }
}
