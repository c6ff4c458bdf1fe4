using System.Text.Json;
using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Application.Declarations;
using Jixiao.Data;
using Jixiao.Data.Declarations;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// A reviewer decides at their stage: approve (通过) or return (退回修改) with an opinion and comments; the last
/// finance stage grades. The step is sealed with the reviewing organisation's key over the exact version reviewed.
public sealed class ReviewDeclaration(JixiaoDbContext db, AuditWriter audit, ReviewSeals seals, TimeProvider clock)
{
    public sealed record Input(string? Decision, string? Grade, string? Opinion, IReadOnlyList<ReviewComment>? Comments);

    public async Task<StatusAndRoute> RunAsync(Caller caller, Guid id, Input input, CancellationToken ct)
    {
        var decision = input.Decision?.Trim() switch
        {
            "approve" => ReviewDecision.Approve,
            "return" => ReviewDecision.Return,
            _ => throw new BadInputException("decision 只能是 approve（通过）或 return（退回修改）。"),
        };
        ReviewGrade? grade = string.IsNullOrWhiteSpace(input.Grade) ? null
            : ReviewGradeNames.Parse(input.Grade) ?? throw new BadInputException("grade 只能是 优、良、中 或 差。");
        var comments = (input.Comments ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToList();

        await using var transaction = await db.BeginWriteAsync(ct);
        var record = await db.LoadVisibleAsync(caller, id, ct);
        if (caller.Stage is not { } stage || caller.OrganisationId is not { } org)
            throw new ForbiddenException("只有审核人可以审核申报表。");
        // at the caller's stage but no longer theirs to decide (the department went to another business section);
        // any other stage gets the review process's own answer below
        if (record.Status == DeclarationStatus.InReview && record.CurrentStage == stage
            && !await db.AwaitingDecision(caller).AnyAsync(d => d.Id == id, ct))
            throw new ForbiddenException("这份申报表所属的部门现在不由您的科室审核。");

        var process = record.ToProcess();
        var now = clock.UtcNow();
        var step = process.Review(stage, decision, grade, input.Opinion?.Trim(), comments, caller.UserName, new DateTimeOffset(now));
        var content = (await db.VersionAsync(id, record.Version, ct)).Content;
        var stored = new ReviewStepRecord
        {
            DeclarationId = id, VersionNumber = record.Version, Round = step.Round, Stage = step.Stage,
            SectionId = org, SectionName = caller.OrganisationName ?? "",
            ReviewerId = caller.UserId, ReviewerUserName = caller.UserName, ReviewerDisplayName = caller.DisplayName,
            Decision = step.Decision, Grade = step.Grade, Opinion = step.Opinion,
            Comments = JsonSerializer.Serialize(step.Comments, AuditWriter.AuditJson), SignedAt = now,
        };
        await seals.SealAsync(stored, content, ct);
        db.ReviewSteps.Add(stored);
        record.Apply(process, now);
        await audit.AppendAsync(caller, "declaration.review", "declaration", id.ToString(), new
        {
            version = record.Version, stage = stage.ToString(), decision = DeclarationHistory.DecisionName(step.Decision),
            grade = step.Grade?.Label(), status = record.Status.ToString(), keyFingerprint = stored.KeyFingerprint,
        }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return record.StatusView(process);
    }
}
