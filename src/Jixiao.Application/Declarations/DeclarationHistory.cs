using System.Text.Json;
using Jixiao.Application.Access;
using Jixiao.Data;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Declarations;

/// Every version and every review step of a declaration, oldest first: nothing is ever dropped from it.
public sealed class DeclarationHistory(JixiaoDbContext db)
{
    public sealed record VersionEntry(int Version, string Origin, DateTime CreatedAt, string? CreatedBy);

    public sealed record SealView(string? Algorithm, string? Signature, string? KeyFingerprint);

    public sealed record StepEntry(int Version, int Round, ReviewStage Stage, string StageLabel, string Section, string Reviewer,
        string ReviewerName, string Decision, string? Grade, string? Opinion, IReadOnlyList<ReviewComment> Comments, DateTime Time, SealView Seal);

    public sealed record History(Guid Id, IReadOnlyList<VersionEntry> Versions, IReadOnlyList<StepEntry> Steps);

    public async Task<History> RunAsync(Caller caller, Guid id, CancellationToken ct)
    {
        var record = await db.LoadVisibleAsync(caller, id, ct);
        var versions = await db.DeclarationVersions.AsNoTracking().Where(v => v.DeclarationId == id).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.Origin, v.CreatedAt, v.CreatedById }).ToListAsync(ct);
        var authorIds = versions.Select(v => v.CreatedById).Distinct().ToList();
        var authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, ct);

        return new History(
            id,
            [.. versions.Select(v => new VersionEntry(v.Number, v.Origin, v.CreatedAt, authors.GetValueOrDefault(v.CreatedById)))],
            [.. record.Steps.OrderBy(s => s.Round).ThenBy(s => s.Stage).Select(s => new StepEntry(
                s.VersionNumber, s.Round, s.Stage, s.Stage.Label(), s.SectionName, s.ReviewerUserName, s.ReviewerDisplayName,
                DecisionName(s.Decision), s.Grade?.Label(), s.Opinion,
                JsonSerializer.Deserialize<List<ReviewComment>>(s.Comments, JsonSerializerOptions.Web) ?? [],
                s.SignedAt, new SealView(s.SealAlgorithm, s.Signature, s.KeyFingerprint)))]);
    }

    public static string DecisionName(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Approve => "approve",
        ReviewDecision.Return => "return",
        ReviewDecision.Reject => "reject",
    };
}
