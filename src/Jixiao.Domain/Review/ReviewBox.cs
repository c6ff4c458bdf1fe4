namespace Jixiao.Domain.Review;

/// Which review box (审核意见栏) of the printed form this is. The Nanchang form has four; the last,
/// 市财政局归口科室, is filled by 债务金融科 or 政府采购监管科 and is not applicable to a general project.
public enum ReviewBoxKind
{
    CompetentDepartment,
    FinanceBusiness,
    PerformanceEvaluation,
    CounterpartSection,
    /// A box of another region's form that matches none of the above (its label says what it is).
    Other,
}

/// One review box of the form: opinion (审核意见), reviewer with seal (审核人（盖章）) and date.
public sealed record ReviewBox
{
    public ReviewBoxKind Kind { get; init; }

    /// The label as printed: 主管部门审核意见, 市财政局业务科审核意见 …
    public string Label { get; init; } = "";

    public string? Opinion { get; init; }
    public string? Reviewer { get; init; }
    public DateOnly? Date { get; init; }

    /// The box a review stage fills on the printed form.
    public static ReviewBoxKind For(ReviewStage stage) => stage switch
    {
        ReviewStage.CompetentDepartment => ReviewBoxKind.CompetentDepartment,
        ReviewStage.FinanceBusiness => ReviewBoxKind.FinanceBusiness,
        ReviewStage.PerformanceEvaluation => ReviewBoxKind.PerformanceEvaluation,
        ReviewStage.DebtFinance or ReviewStage.ProcurementSupervision => ReviewBoxKind.CounterpartSection,
    };

    /// The four empty boxes of the Nanchang form, in printed order.
    public static ValueList<ReviewBox> NanchangBoxes() =>
    [
        new() { Kind = ReviewBoxKind.CompetentDepartment, Label = "主管部门审核意见" },
        new() { Kind = ReviewBoxKind.FinanceBusiness, Label = "市财政局业务科审核意见" },
        new() { Kind = ReviewBoxKind.PerformanceEvaluation, Label = "市财政公共服务中心绩效评价科审核意见" },
        new() { Kind = ReviewBoxKind.CounterpartSection, Label = "市财政局归口科室审核意见" },
    ];
}
