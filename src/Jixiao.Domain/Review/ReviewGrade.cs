namespace Jixiao.Domain.Review;

/// The grade the last finance stage gives the targets (财预〔2015〕88号): 优 and 良 proceed, 中 goes back for
/// revision, 差 may not enter budgeting.
public enum ReviewGrade
{
    /// 优
    Excellent,
    /// 良: proceeds after the reviewer agrees the changes with the unit.
    Good,
    /// 中: returned for revision and resubmitted.
    Fair,
    /// 差: rejected.
    Poor,
}

public static class ReviewGradeNames
{
    public static string Label(this ReviewGrade grade) => grade switch
    {
        ReviewGrade.Excellent => "优",
        ReviewGrade.Good => "良",
        ReviewGrade.Fair => "中",
        ReviewGrade.Poor => "差",
    };

    /// 优 / 良 / 中 / 差 as written by reviewers and in the API; null for anything else.
    public static ReviewGrade? Parse(string? text) => text?.Trim() switch
    {
        "优" => ReviewGrade.Excellent,
        "良" => ReviewGrade.Good,
        "中" => ReviewGrade.Fair,
        "差" => ReviewGrade.Poor,
        _ => null,
    };
}
