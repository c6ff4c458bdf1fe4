using Jixiao.Data.Organisations;
using Jixiao.Domain.Review;

namespace Jixiao.Data.Declarations;

/// A declaration on the server: who owns it, where it stands in review, and the number of its latest version.
/// The content itself lives in <see cref="DeclarationVersion"/> rows, one per saved version, never changed.
public sealed class DeclarationRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// The unit (预算单位, or a department filing for itself) whose filers own the declaration.
    public Guid UnitId { get; set; }
    public Organisation? Unit { get; set; }

    /// The competent department (主管部门) that reviews it first: the unit itself or the unit's parent.
    public Guid DepartmentId { get; set; }
    public Organisation? Department { get; set; }

    // Indexed copies of the latest version's content, for lists and filters.
    public int? Year { get; set; }
    public string ProjectName { get; set; } = "";

    /// Comma-separated project type names of the latest version (general,ppp …).
    public string ProjectTypes { get; set; } = "";

    // The review state (ReviewProcess), flattened.
    public DeclarationStatus Status { get; set; }
    public ReviewStage? CurrentStage { get; set; }
    public int? StageIndex { get; set; }

    /// Comma-separated stage names of the current round's route.
    public string Route { get; set; } = "";

    public int Round { get; set; }

    /// The latest version's number; an edit must name it (a stale one is a conflict).
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// Changed by every write; EF checks it, so a write based on an outdated read fails instead of overwriting.
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<DeclarationVersion> Versions { get; set; } = [];
    public List<ReviewStepRecord> Steps { get; set; } = [];
}
