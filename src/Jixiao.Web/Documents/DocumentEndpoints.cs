using Jixiao.Application.Access;
using Jixiao.Application.Documents;
using Jixiao.Interchange.Excel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Jixiao.Web.Documents;

/// The official documents: one declaration as .xlsx or PDF (review boxes and seals filled in), the blank template,
/// and the bulk export of everything the caller sees. Plain GET links, so the UI can put them behind a button.
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/declarations/{id:guid}/export", Export).RequireAuthorization().WithTags("Documents")
            .Produces(StatusCodes.Status200OK, typeof(Stream), ExportFormats.XlsxContentType, "application/pdf");
        app.MapGet("/api/templates/declaration.xlsx", Template).RequireAuthorization().WithTags("Documents")
            .Produces(StatusCodes.Status200OK, typeof(Stream), ExportFormats.XlsxContentType);
        app.MapGet("/api/exports", Bulk).RequireAuthorization().WithTags("Documents")
            .Produces(StatusCodes.Status200OK, typeof(Stream), "application/zip");
        return app;
    }

    /// ?format=xlsx|pdf (default xlsx), ?version=N (default the latest).
    static async Task<FileContentHttpResult> Export(Guid id, string? format, int? version, Caller caller, ExportDeclaration useCase,
        HttpResponse response, CancellationToken ct)
    {
        var file = await useCase.RunAsync(caller, id, version, ExportFormats.Parse(format), ct);
        Attachment.Name(response, file.FileName, file.AsciiFileName);
        return TypedResults.File(file.Content, file.ContentType);
    }

    /// 申报表模板.xlsx: the blank form with drop-down lists, to fill offline and import.
    static FileContentHttpResult Template(HttpResponse response)
    {
        using var buffer = new MemoryStream();
        DeclarationWorkbook.WriteTemplate(buffer);
        Attachment.Name(response, DocumentNames.TemplateFileName, DocumentNames.TemplateAsciiFileName);
        return TypedResults.File(buffer.ToArray(), ExportFormats.XlsxContentType);
    }

    /// ?year=&amp;department=&amp;format=: a zip of every visible declaration plus 汇总表.xlsx, streamed as it is made.
    static async Task<PushStreamHttpResult> Bulk(int? year, string? department, string? format, Caller caller, ExportDeclarations useCase,
        HttpResponse response, CancellationToken ct)
    {
        var plan = await useCase.PlanAsync(caller, year, department, ExportFormats.Parse(format), ct);
        Attachment.Name(response, plan.FileName, plan.AsciiFileName);
        return TypedResults.Stream(body => useCase.WriteAsync(plan, body, ct), plan.ContentType);
    }
}

/// Content-Disposition for a download with a Chinese name: filename*=UTF-8''… (RFC 5987/6266) for browsers, and an
/// ASCII filename for clients that read only that.
public static class Attachment
{
    public static void Name(HttpResponse response, string fileName, string asciiFileName) =>
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = asciiFileName,
            FileNameStar = fileName,
        }.ToString();
}
