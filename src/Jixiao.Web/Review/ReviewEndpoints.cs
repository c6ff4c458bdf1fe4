using Jixiao.Application.Access;
using Jixiao.Application.Declarations;
using Jixiao.Application.Review;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Review;

/// The reviewers' side: the queue at their stage, the decision, and checking the seals of every step.
public static class ReviewEndpoints
{
    public sealed record SealCheck(ReviewStage Stage, int Version, int Round, string Section, string? KeyFingerprint, bool Valid);

    public sealed record SealsVerified(bool Valid, IReadOnlyList<SealCheck> Steps);

    public static IEndpointRouteBuilder MapReview(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reviews/queue", Queue).RequireAuthorization().WithTags("Review");
        app.MapGet("/api/reviews/recent", Recent).RequireAuthorization().WithTags("Review");
        var declaration = app.MapGroup("/api/declarations/{id:guid}").RequireAuthorization().WithTags("Review");
        declaration.MapPost("/review", Review);
        declaration.MapGet("/seals/verify", VerifySeals);
        return app;
    }

    static async Task<Ok<IReadOnlyList<DeclarationSummary>>> Queue(Caller caller, ReviewQueue useCase, CancellationToken ct) =>
        TypedResults.Ok(await useCase.RunAsync(caller, ct));

    /// The caller's own latest decisions, newest first (limit 1–50, default 10).
    static async Task<Ok<IReadOnlyList<RecentReviews.Entry>>> Recent(int? limit, Caller caller, RecentReviews useCase, CancellationToken ct) =>
        TypedResults.Ok(await useCase.RunAsync(caller, limit, ct));

    /// 409 when the declaration is not at the caller's stage — including when another reviewer acted first.
    static async Task<Ok<StatusAndRoute>> Review(Guid id, ReviewDeclaration.Input body, Caller caller, ReviewDeclaration useCase, CancellationToken ct) =>
        TypedResults.Ok(await useCase.RunAsync(caller, id, body, ct));

    static async Task<Ok<SealsVerified>> VerifySeals(Guid id, Caller caller, VerifySeals useCase, CancellationToken ct)
    {
        var result = await useCase.RunAsync(caller, id, ct);
        return TypedResults.Ok(new SealsVerified(result.Valid,
            [.. result.Steps.Select(s => new SealCheck(s.Stage, s.Version, s.Round, s.Section, s.KeyFingerprint, s.Valid))]));
    }
}
