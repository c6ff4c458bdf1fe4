using Jixiao.Application.Access;
using Jixiao.Application.Users;
using Jixiao.Data.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Auth;

/// Sign-in with a cookie (HttpOnly, SameSite=Strict), sign-out, who am I, and changing one's password.
public static class AuthEndpoints
{
    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    public sealed record Me(Guid Id, string UserName, string DisplayName, UserRole Role, Guid? OrganisationId, string? Organisation,
        string? Stage, bool MustChangePassword);

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        auth.MapPost("/login", Login).AllowAnonymous();
        auth.MapPost("/logout", Logout).RequireAuthorization();
        auth.MapPost("/change-password", ChangePassword).RequireAuthorization();
        app.MapGet("/api/me", GetMe).RequireAuthorization().WithTags("Auth");
        return app;
    }

    /// 401 for a wrong name or password; after 5 failures in a row the account is locked for 15 minutes.
    static async Task<Results<Ok<Me>, ProblemHttpResult>> Login(LoginRequest body, SignInManager<JixiaoUser> signIn, CallerLoader callers, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.UserName) || string.IsNullOrEmpty(body.Password))
            return Problem(StatusCodes.Status400BadRequest, "请填写用户名（userName）和密码（password）。");
        var result = await signIn.PasswordSignInAsync(body.UserName.Trim(), body.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
            return Problem(StatusCodes.Status401Unauthorized, "登录失败次数过多，账户已暂时锁定，请 15 分钟后再试或联系管理员。");
        if (!result.Succeeded)
            return Problem(StatusCodes.Status401Unauthorized, "用户名或密码不正确。");
        var user = await signIn.UserManager.FindByNameAsync(body.UserName.Trim());
        var caller = await callers.LoadAsync(user!.Id, ct);
        return TypedResults.Ok(ToMe(caller!));
    }

    static async Task<NoContent> Logout(SignInManager<JixiaoUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    static Ok<Me> GetMe(Caller caller) => TypedResults.Ok(ToMe(caller));

    static async Task<NoContent> ChangePassword(ChangePasswordRequest body, Caller caller, UserAdmin users, SignInManager<JixiaoUser> signIn, CancellationToken ct)
    {
        await users.ChangeOwnPasswordAsync(caller, body.CurrentPassword, body.NewPassword, ct);
        // a new cookie: the security stamp changed with the password
        var user = await signIn.UserManager.FindByIdAsync(caller.UserId.ToString());
        await signIn.RefreshSignInAsync(user!);
        return TypedResults.NoContent();
    }

    static Me ToMe(Caller c) => new(c.UserId, c.UserName, c.DisplayName, c.Role, c.OrganisationId, c.OrganisationName,
        c.Stage is { } s ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.ToString()) : null, c.MustChangePassword);

    static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);
}
