using System.Globalization;
using Jixiao.Application.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Json;

namespace Jixiao.Web.Shared.Api;

// The shapes the UI reads from the API where the server's own records do not fit a client: the declaration comes as
// the DTO of docs/json.md (Jixiao.Interchange) and findings as its FindingDto. Elsewhere the client reads the server's
// records themselves (DeclarationSummary, StatusAndRoute, DeclarationHistory.History …): one definition of the contract.

/// GET /api/declarations/{id}: state, route, the latest content and its findings.
public sealed record DeclarationView(Guid Id, DeclarationStatus Status, ReviewStage? CurrentStage, int Version,
    IReadOnlyList<string> ProjectTypes, IReadOnlyList<RouteStage> Route, DeclarationDto Declaration,
    IReadOnlyList<Jixiao.Interchange.Json.FindingDto> Findings, string Department, DateTime UpdatedAt, bool Editable);

/// 201 of POST /api/declarations and /import.
public sealed record CreatedResult(Guid Id, int Version, IReadOnlyList<Jixiao.Interchange.Json.FindingDto> Findings);

/// 200 of POST /api/declarations/read: a file's declaration and findings, nothing stored.
public sealed record FileReadResult(DeclarationDto Declaration, IReadOnlyList<Jixiao.Interchange.Json.FindingDto> Findings);

/// 200 of PUT /api/declarations/{id}.
public sealed record SavedResult(int Version, IReadOnlyList<Jixiao.Interchange.Json.FindingDto> Findings);

/// POST /api/declarations/{id}/review: decision approve | return, grade 优 | 良 | 中 | 差 at the grading stage.
public sealed record ReviewInput(string Decision, string? Grade, string? Opinion, IReadOnlyList<ReviewComment> Comments);

/// One page of the declaration list and how many declarations match in all.
public sealed record DeclarationPage(IReadOnlyList<DeclarationSummary> Items, int Total, int Page, int PageSize);

/// What the declaration list asks GET /api/declarations for: filters, search, sort and page.
public sealed record DeclarationQuery
{
    public int? Year { get; init; }
    public DeclarationStatus? Status { get; init; }

    /// Part of the department's name (部门).
    public string? Department { get; init; }

    /// general, ppp, governmentDebt, governmentProcurement or purchaseOfService.
    public string? ProjectType { get; init; }

    /// Part of the project name (项目名称).
    public string? Search { get; init; }

    /// A field (projectName, department, year, status, updatedAt), with a leading "-" for descending.
    public string? Sort { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    public string ToQueryString()
    {
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new("page", Page.ToString(CultureInfo.InvariantCulture)),
            new("pageSize", PageSize.ToString(CultureInfo.InvariantCulture)),
        };
        if (Year is { } year) parameters.Add(new("year", year.ToString(CultureInfo.InvariantCulture)));
        if (Status is { } status) parameters.Add(new("status", System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString())));
        if (!string.IsNullOrWhiteSpace(Department)) parameters.Add(new("department", Department.Trim()));
        if (!string.IsNullOrWhiteSpace(ProjectType)) parameters.Add(new("projectType", ProjectType.Trim()));
        if (!string.IsNullOrWhiteSpace(Search)) parameters.Add(new("q", Search.Trim()));
        if (!string.IsNullOrWhiteSpace(Sort)) parameters.Add(new("sort", Sort.Trim()));
        return QueryString.Create(parameters).ToUriComponent();
    }
}
