using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Shared;

/// RFC 7807 problem details with a Chinese detail for every error status, including the ones the framework
/// produces itself (401 from the cookie handler, 404 for an unknown route, 405 …).
public static class ProblemTexts
{
    public static string Title(int status) => status switch
    {
        400 => "请求有误",
        401 => "未登录",
        403 => "无权操作",
        404 => "找不到",
        405 => "不支持的请求方法",
        409 => "操作冲突",
        413 => "内容过大",
        415 => "不支持的内容类型",
        422 => "申报表有错误",
        503 => "暂时无法提供",
        _ => "服务器错误",
    };

    public static string DefaultDetail(int status) => status switch
    {
        400 => "请求内容无法读取。",
        401 => "请先登录（POST /api/auth/login）。",
        403 => "您的角色不能进行此操作。",
        404 => "找不到该资源，或您无权查看。",
        405 => "该地址不支持此请求方法。",
        409 => "操作与当前状态冲突，请刷新后重试。",
        413 => "上传的内容过大。",
        415 => "请使用 application/json 或 multipart/form-data。",
        _ => "服务器内部错误，请稍后重试。",
    };

    public static void FillIn(ProblemDetailsContext context)
    {
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        context.ProblemDetails.Title = Title(status);
        context.ProblemDetails.Detail ??= DefaultDetail(status);
        context.ProblemDetails.Type ??= $"https://httpstatuses.io/{status}";
    }

    public static async Task WriteAsync(HttpContext context, int status, string? detail = null, IDictionary<string, object?>? extensions = null)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Detail = detail ?? DefaultDetail(status) };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
