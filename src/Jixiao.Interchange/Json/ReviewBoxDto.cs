using Jixiao.Domain.Review;

namespace Jixiao.Interchange.Json;

/// One review box (审核意见栏): its place on the form (stage), the printed label, and opinion, reviewer and date,
/// null while the box is empty.
public sealed record ReviewBoxDto
{
    public string? Stage { get; init; }
    public string? Label { get; init; }
    public string? Opinion { get; init; }
    public string? Reviewer { get; init; }
    public DateOnly? Date { get; init; }

    public static ReviewBoxDto From(ReviewBox r) => new()
    {
        Stage = JsonNames.Of(r.Kind),
        Label = r.Label,
        Opinion = r.Opinion,
        Reviewer = r.Reviewer,
        Date = r.Date,
    };

    internal ReviewBox ToDomain(string path, MappingProblems problems) => new()
    {
        Kind = KindToDomain(path, problems),
        Label = Label ?? "",
        Opinion = Opinion,
        Reviewer = Reviewer,
        Date = Date,
    };

    // A box without a stage is one the label alone describes, like another region's box.
    private ReviewBoxKind KindToDomain(string path, MappingProblems problems)
    {
        if (Stage is null) return ReviewBoxKind.Other;
        if (JsonNames.TryParse<ReviewBoxKind>(Stage, out var kind)) return kind;
        problems.Report(JsonPath.Member(path, "stage"), $"审核意见栏「{Stage}」无法识别", $"可用的值：{JsonNames.All<ReviewBoxKind>()}");
        return ReviewBoxKind.Other;
    }
}
