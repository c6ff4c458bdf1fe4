using System.Security.Claims;
using Jixiao.Application.Access;

namespace Jixiao.Web.Shared;

/// Loads the signed-in user's role and organisation once per request. A user with a one-time password may only
/// change it (and sign out, and see who they are) until they do: everything else answers 403.
public static class CallerMiddleware
{
    private static readonly string[] AllowedWithOneTimePassword = ["/api/auth/change-password", "/api/auth/logout", "/api/auth/login", "/api/me"];

    public static IApplicationBuilder UseCaller(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Only the API reads the caller: pages, scripts and styles reach data through it, so loading the user for them
        // would be two queries for nothing on every request of a page.
        if (ErrorPipeline.IsApi(context)
            && context.User.Identity?.IsAuthenticated == true
            && Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var caller = await context.RequestServices.GetRequiredService<CallerLoader>().LoadAsync(userId, context.RequestAborted);
            if (caller is null)
            {
                // the account was deleted since the cookie was issued: treat the request as anonymous
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else
            {
                context.RequestServices.GetRequiredService<CallerHolder>().Caller = caller;
                // Pages are not data: they reach it through the API, which refuses; the password page must open.
                if (caller.MustChangePassword
                    && !AllowedWithOneTimePassword.Contains(context.Request.Path.Value, StringComparer.OrdinalIgnoreCase))
                {
                    await ProblemTexts.WriteAsync(context, StatusCodes.Status403Forbidden,
                        "您正在使用一次性密码，请先修改密码（POST /api/auth/change-password）后再继续。");
                    return;
                }
            }
        }
        await next(context);
    });
}
