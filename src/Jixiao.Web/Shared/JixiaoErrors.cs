using Jixiao.Application.Access;
using Jixiao.Application.Documents;
using Jixiao.Domain;
using Jixiao.Interchange;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Shared;

/// The one place where failures become HTTP answers: an illegal transition (<see cref="DomainException"/>) or a
/// write that lost a race is 409, out of scope 404, the wrong role 403, malformed input 400 — each as problem
/// details with the Chinese message.
public sealed class JixiaoErrors(ILogger<JixiaoErrors> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, detail) = exception switch
        {
            DomainException e => (StatusCodes.Status409Conflict, e.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "申报表刚被他人修改或审核，请刷新后重试。"),
            NotFoundException e => (StatusCodes.Status404NotFound, e.Message),
            ForbiddenException e => (StatusCodes.Status403Forbidden, e.Message),
            BadInputException e => (StatusCodes.Status400BadRequest, e.Message),
            FormReadException e => (StatusCodes.Status400BadRequest, e.Message),
            DocumentUnavailableException e => (StatusCodes.Status503ServiceUnavailable, e.Message),
            BadHttpRequestException e => (e.StatusCode, Unreadable(e)),
            _ => (0, ""),
        };
        if (status == 0)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            return false;
        }
        await ProblemTexts.WriteAsync(context, status, detail);
        return true;
    }

    /// The framework's own messages are English and name C# types: say in Chinese where the request is wrong, and
    /// keep the English in the log.
    private string Unreadable(BadHttpRequestException e)
    {
        log.LogInformation(e, "Unreadable request");
        return e switch
        {
            { InnerException: System.Text.Json.JsonException { Path: { Length: > 0 } path } } => $"请求的 JSON 有误（位置 {path}），请检查该处的值和类型。",
            { InnerException: System.Text.Json.JsonException } => "请求的 JSON 无法读取。",
            { Message: var m } when m.StartsWith("Failed to bind parameter", StringComparison.Ordinal) => "地址中的参数无效，请检查其格式（如年度应为数字）。",
            _ => ProblemTexts.DefaultDetail(e.StatusCode),
        };
    }
}

public static class ErrorPipeline
{
    public static IApplicationBuilder UseJixiaoErrors(this IApplicationBuilder app)
    {
        // A browser asking for a page gets a page in Chinese (Shared/Ui/ErrorPage.razor) by re-executing the request.
        // These two stay at the top level: only there does the re-executed request get routed again.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error/500", CreateScopeForErrors = true });
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        // The API answers problem details, written here first, so the page handlers above leave its answers alone.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();   // empty 404/405 … get a problem-details body too
        });
        return app;
    }

    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");
}
