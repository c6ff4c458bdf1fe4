using System.Text.Json;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Declarations;

// What the use cases answer. The web layer writes them as JSON with camelCase names and enum values
// (inReview, competentDepartment); these names are the API contract of issue 3.

/// A line of a list: GET /api/declarations and GET /api/reviews/queue.
public sealed record DeclarationSummary(Guid Id, string ProjectName, string Department, int? Year, DeclarationStatus Status,
    ReviewStage? CurrentStage, int Version, DateTime UpdatedAt);

public sealed record RouteStage(ReviewStage Stage, string Label, StageState State);

public sealed record CreatedDeclaration(Guid Id, int Version, IReadOnlyList<Finding> Findings);

public sealed record DeclarationDetails(Guid Id, DeclarationStatus Status, ReviewStage? CurrentStage, int Version,
    IReadOnlyList<string> ProjectTypes, IReadOnlyList<RouteStage> Route, JsonElement Declaration,
    IReadOnlyList<Finding> Findings, string Department, DateTime UpdatedAt, bool Editable);

public sealed record SavedDraft(int Version, IReadOnlyList<Finding> Findings);

public sealed record StatusAndRoute(Guid Id, DeclarationStatus Status, ReviewStage? CurrentStage, int Version, IReadOnlyList<RouteStage> Route);

public static class RouteViews
{
    public static IReadOnlyList<RouteStage> ToView(this IReadOnlyList<StageProgress> progress) =>
        [.. progress.Select(p => new RouteStage(p.Stage, p.Stage.Label(), p.State))];
}
