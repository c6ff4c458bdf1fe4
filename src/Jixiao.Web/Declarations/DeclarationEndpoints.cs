using System.Text.Json;
using Jixiao.Application.Access;
using Jixiao.Application.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Json;
using Jixiao.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Declarations;

/// The unit's side: list, create or import, read, edit, submit, withdraw, adjust; and every version and diff.
public static class DeclarationEndpoints
{
    public sealed record Created(Guid Id, int Version, IReadOnlyList<FindingDto> Findings);

    public sealed record Details(Guid Id, DeclarationStatus Status, ReviewStage? CurrentStage, int Version, IReadOnlyList<string> ProjectTypes,
        IReadOnlyList<RouteStage> Route, JsonElement Declaration, IReadOnlyList<FindingDto> Findings, string Department, DateTime UpdatedAt, bool Editable);

    public sealed record SaveRequest(int? Version, JsonElement Declaration);

    /// How many declarations match the list's filters, whatever page was asked for.
    public const string TotalCountHeader = "X-Total-Count";

    public sealed record Saved(int Version, IReadOnlyList<FindingDto> Findings);

    /// What a form file holds, read without storing it.
    public sealed record FileRead(JsonElement Declaration, IReadOnlyList<FindingDto> Findings);

    public static IEndpointRouteBuilder MapDeclarations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/declarations").RequireAuthorization().WithTags("Declarations");
        group.MapGet("/", List);
        group.MapPost("/", Create);
        group.MapPost("/import", Import).DisableAntiforgery();
        group.MapPost("/read", Read).DisableAntiforgery();
        group.MapGet("/{id:guid}", Get);
        group.MapPut("/{id:guid}", Save);
        group.MapPost("/{id:guid}/submit", Submit);
        group.MapPost("/{id:guid}/withdraw", Withdraw);
        group.MapPost("/{id:guid}/adjustments", Adjust);
        group.MapGet("/{id:guid}/history", History);
        group.MapGet("/{id:guid}/versions/{from:int}/diff/{to:int}", Diff);
        return app;
    }

    /// Filters (year, status, department, projectType), search by project name (q), sort and paging are all
    /// optional; the answer stays an array, with the number of matching declarations in the X-Total-Count header.
    static async Task<Ok<IReadOnlyList<DeclarationSummary>>> List(int? year, string? status, string? department, string? projectType,
        string? q, string? sort, int? page, int? pageSize, HttpResponse response, Caller caller, ListDeclarations useCase, CancellationToken ct)
    {
        var result = await useCase.RunAsync(caller, new ListDeclarations.Query
        {
            Year = year, Status = ParseStatus(status), Department = department, ProjectType = projectType,
            Search = q, Sort = sort, Page = page, PageSize = pageSize,
        }, ct);
        response.Headers[TotalCountHeader] = result.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(result.Items);
    }

    static async Task<Created<Created>> Create(JsonElement declaration, Caller caller, CreateDeclaration useCase, CancellationToken ct)
    {
        var created = await useCase.RunAsync(caller, DeclarationContent.Parse(declaration), "created", [], ct);
        return TypedResults.Created($"/api/declarations/{created.Id}", new Created(created.Id, created.Version, created.Findings.AsDto()));
    }

    /// A multipart upload with one `file` in any format the reader takes.
    static async Task<Created<Created>> Import(IFormFile? file, Caller caller, ImportDeclaration useCase, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new BadInputException("请以 multipart/form-data 上传申报表文件（字段名 file）。");
        await using var stream = file.OpenReadStream();
        var created = await useCase.RunAsync(caller, stream, file.FileName, ct);
        return TypedResults.Created($"/api/declarations/{created.Id}", new Created(created.Id, created.Version, created.Findings.AsDto()));
    }

    /// A multipart upload with one `file`, read but not stored: the declaration JSON and every finding, for the editor
    /// to fill the declaration being edited from a file (the user saves it as usual).
    static async Task<Ok<FileRead>> Read(IFormFile? file, ReadDeclarationFile useCase, CancellationToken ct)
    {
        if (file is null || file.Length == 0) throw new BadInputException("请以 multipart/form-data 上传申报表文件（字段名 file）。");
        await using var stream = file.OpenReadStream();
        var read = await useCase.RunAsync(stream, file.FileName, ct);
        using var json = JsonDocument.Parse(DeclarationContent.ToJson(read.Declaration));
        return TypedResults.Ok(new FileRead(json.RootElement.Clone(), read.Findings.AsDto()));
    }

    static async Task<Ok<Details>> Get(Guid id, Caller caller, GetDeclaration useCase, CancellationToken ct)
    {
        var d = await useCase.RunAsync(caller, id, ct);
        return TypedResults.Ok(new Details(d.Id, d.Status, d.CurrentStage, d.Version, d.ProjectTypes, d.Route, d.Declaration,
            d.Findings.AsDto(), d.Department, d.UpdatedAt, d.Editable));
    }

    /// 409 when `version` is not the latest (someone saved in between) or the declaration is not editable.
    static async Task<Ok<Saved>> Save(Guid id, SaveRequest body, Caller caller, SaveDraft useCase, CancellationToken ct)
    {
        if (body.Version is not { } version) throw new BadInputException("请提供您编辑的版本号（version）。");
        var saved = await useCase.RunAsync(caller, id, version, DeclarationContent.Parse(body.Declaration), ct);
        return TypedResults.Ok(new Saved(saved.Version, saved.Findings.AsDto()));
    }

    /// 422 with every finding when an error-level finding remains; the declaration then stays as it was.
    static async Task<IResult> Submit(Guid id, Caller caller, SubmitDeclaration useCase, CancellationToken ct)
    {
        var outcome = await useCase.RunAsync(caller, id, ct);
        if (outcome.Submitted is { } submitted) return TypedResults.Ok(submitted);
        var errors = outcome.Findings.Count(f => f.Severity == Domain.Checks.Severity.Error);
        return TypedResults.Problem(
            detail: $"申报表还有 {errors} 个错误，不能提交；请按检查结果（findings）修改后再提交。",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["findings"] = outcome.Findings.AsDto() });
    }

    static async Task<Ok<StatusAndRoute>> Withdraw(Guid id, Caller caller, WithdrawDeclaration useCase, CancellationToken ct) =>
        TypedResults.Ok(await useCase.RunAsync(caller, id, ct));

    static async Task<Created<StatusAndRoute>> Adjust(Guid id, Caller caller, StartAdjustment useCase, CancellationToken ct) =>
        TypedResults.Created($"/api/declarations/{id}", await useCase.RunAsync(caller, id, ct));

    static async Task<Ok<DeclarationHistory.History>> History(Guid id, Caller caller, DeclarationHistory useCase, CancellationToken ct) =>
        TypedResults.Ok(await useCase.RunAsync(caller, id, ct));

    static async Task<Ok<VersionDiff.Diff>> Diff(Guid id, int from, int to, Caller caller, VersionDiff useCase, CancellationToken ct) =>
        TypedResults.Ok(await useCase.RunAsync(caller, id, from, to, ct));

    static DeclarationStatus? ParseStatus(string? status) => string.IsNullOrWhiteSpace(status) ? null
        : Enum.TryParse<DeclarationStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s
        : throw new BadInputException("status 只能是 draft、inReview、returned、approved 或 rejected。");
}
