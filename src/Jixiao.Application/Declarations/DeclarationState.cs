using System.Text.Json;
using Jixiao.Data.Declarations;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Declarations;

/// Moves a declaration's review state between its stored columns and the <see cref="ReviewProcess"/> that guards
/// every transition.
public static class DeclarationState
{
    public static ReviewProcess ToProcess(this DeclarationRecord record) => ReviewProcess.Restore(
        record.Status,
        [.. record.Route.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ReviewStage>)],
        record.StageIndex,
        record.Round,
        record.Steps.OrderBy(s => s.Round).ThenBy(s => s.Stage).Select(s => new ReviewStep
        {
            Round = s.Round, Stage = s.Stage, Decision = s.Decision, Grade = s.Grade, Opinion = s.Opinion,
            Comments = JsonSerializer.Deserialize<List<ReviewComment>>(s.Comments, JsonSerializerOptions.Web) ?? [],
            Reviewer = s.ReviewerUserName, At = new DateTimeOffset(s.SignedAt),
        }));

    /// Copies the process state back; the steps it added are stored by the caller (with their seals).
    public static void Apply(this DeclarationRecord record, ReviewProcess process, DateTime now)
    {
        record.Status = process.Status;
        record.Route = string.Join(',', process.Route);
        record.StageIndex = process.StageIndex;
        record.CurrentStage = process.CurrentStage;
        record.Round = process.Round;
        record.Touch(now);
    }

    /// Every write changes the concurrency stamp, so a write based on an older read of the row fails.
    public static void Touch(this DeclarationRecord record, DateTime now)
    {
        record.UpdatedAt = now;
        record.ConcurrencyStamp = Guid.NewGuid();
    }

    public static IEnumerable<ProjectType> ProjectTypeList(this DeclarationRecord record) =>
        record.ProjectTypes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => Enum.Parse<ProjectType>(t, ignoreCase: true));

    /// Takes the indexed columns from a new version's content.
    public static void Index(this DeclarationRecord record, Declaration content)
    {
        record.Year = content.Year;
        record.ProjectName = content.ProjectName ?? "";
        record.ProjectTypes = DeclarationContent.TypesText(content);
    }
}
