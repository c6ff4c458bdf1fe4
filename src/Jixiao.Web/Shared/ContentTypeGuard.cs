namespace Jixiao.Web.Shared;

/// State-changing API calls accept only JSON or multipart bodies (or none). A browser form can post across sites
/// only as form-urlencoded, multipart or text/plain without preflight; refusing all but JSON and multipart — and the
/// SameSite=Strict cookie for multipart — closes that door.
public static class ContentTypeGuard
{
    public static IApplicationBuilder UseJsonOrMultipartOnly(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || !request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        var type = request.ContentType;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        var accepted = type is null
            ? !hasBody
            : type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
              || type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        if (!accepted)
        {
            await ProblemTexts.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType,
                $"不支持的请求内容类型「{type ?? "（无）"}」：请使用 application/json，上传文件请使用 multipart/form-data。");
            return;
        }
        await next(context);
    });
}
