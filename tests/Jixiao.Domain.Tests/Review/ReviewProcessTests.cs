using Jixiao.Domain;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Review.ReviewStage;

namespace Jixiao.Domain.Tests.Review;

public class ReviewProcessTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static ReviewProcess Submitted(params ProjectType[] types)
    {
        var process = new ReviewProcess();
        process.Submit(types.Length == 0 ? [ProjectType.General] : types);
        return process;
    }

    private static ReviewStep Approve(ReviewProcess p, ReviewStage stage, ReviewGrade? grade = null) =>
        p.Review(stage, ReviewDecision.Approve, grade, "同意", [], "reviewer", Now);

    [Fact]
    public void New_IsAnEditableDraft()
    {
        var process = new ReviewProcess();

        Assert.Equal(DeclarationStatus.Draft, process.Status);
        Assert.True(process.IsEditable);
        Assert.Null(process.CurrentStage);
    }

    [Fact]
    public void Submit_General_WaitsAtCompetentDepartment()
    {
        var process = Submitted(ProjectType.General);

        Assert.Equal(DeclarationStatus.InReview, process.Status);
        Assert.Equal(CompetentDepartment, process.CurrentStage);
        Assert.Equal([CompetentDepartment, FinanceBusiness, PerformanceEvaluation], process.Route);
        Assert.False(process.IsEditable);
    }

    [Fact]
    public void Submit_Twice_Throws()
    {
        var process = Submitted();

        var error = Assert.Throws<DomainException>(() => process.Submit([ProjectType.General]));
        Assert.Contains("审核中", error.Message);
    }

    [Fact]
    public void EnsureEditable_InReview_Throws()
    {
        var process = Submitted();

        Assert.Throws<DomainException>(process.EnsureEditable);
    }

    [Fact]
    public void Review_AtAnotherStage_Throws()
    {
        var process = Submitted();

        var error = Assert.Throws<DomainException>(() => Approve(process, FinanceBusiness));
        Assert.Contains("主管部门", error.Message);
        Assert.Empty(process.Steps);
    }

    [Fact]
    public void Approve_EveryStageWithGoodGrade_ApprovesAndLocks()
    {
        var process = Submitted();

        Approve(process, CompetentDepartment);
        Approve(process, FinanceBusiness);
        Approve(process, PerformanceEvaluation, ReviewGrade.Good);

        Assert.Equal(DeclarationStatus.Approved, process.Status);
        Assert.Equal(3, process.Steps.Count);
        Assert.Throws<DomainException>(process.EnsureEditable);
    }

    [Fact]
    public void Approve_LastStageWithoutGrade_Throws()
    {
        var process = Submitted();
        Approve(process, CompetentDepartment);
        Approve(process, FinanceBusiness);

        Assert.Throws<DomainException>(() => Approve(process, PerformanceEvaluation));
        Assert.Equal(PerformanceEvaluation, process.CurrentStage);
    }

    [Fact]
    public void Approve_GradeBeforeLastStage_Throws()
    {
        var process = Submitted();

        Assert.Throws<DomainException>(() => Approve(process, CompetentDepartment, ReviewGrade.Excellent));
    }

    [Fact]
    public void Approve_GradeFair_ThrowsAndStaysAtStage()
    {
        var process = Submitted(ProjectType.Ppp);
        Approve(process, CompetentDepartment);
        Approve(process, FinanceBusiness);

        var error = Assert.Throws<DomainException>(() => Approve(process, DebtFinance, ReviewGrade.Fair));

        Assert.Contains("中", error.Message);
        Assert.Equal(DebtFinance, process.CurrentStage);
    }

    [Fact]
    public void Return_GradeFair_ReturnsToUnit()
    {
        var process = Submitted();
        Approve(process, CompetentDepartment);
        Approve(process, FinanceBusiness);

        process.Review(PerformanceEvaluation, ReviewDecision.Return, ReviewGrade.Fair, "指标不够细化", [], "perf", Now);

        Assert.Equal(DeclarationStatus.Returned, process.Status);
        Assert.True(process.IsEditable);
    }

    [Theory]
    [InlineData(ReviewDecision.Approve)]
    [InlineData(ReviewDecision.Return)]
    public void Review_GradePoor_Rejects(ReviewDecision decision)
    {
        var process = Submitted();
        Approve(process, CompetentDepartment);
        Approve(process, FinanceBusiness);

        var step = process.Review(PerformanceEvaluation, decision, ReviewGrade.Poor, "目标与资金不匹配", [], "perf", Now);

        Assert.Equal(DeclarationStatus.Rejected, process.Status);
        Assert.Equal(ReviewDecision.Reject, step.Decision);
        Assert.False(process.IsEditable);
        Assert.Throws<DomainException>(() => process.Submit([ProjectType.General]));
    }

    [Fact]
    public void Return_WithoutOpinionOrComments_Throws()
    {
        var process = Submitted();

        Assert.Throws<DomainException>(() => process.Review(CompetentDepartment, ReviewDecision.Return, null, " ", [], "dept1", Now));
    }

    [Fact]
    public void Resubmit_AfterReturn_StartsRouteAgainAndKeepsEarlierSteps()
    {
        var process = Submitted();
        Approve(process, CompetentDepartment);
        process.Review(FinanceBusiness, ReviewDecision.Return, null, null, [new ReviewComment("indicators[3].target", "请量化")], "biz", Now);

        process.Submit([ProjectType.General]);

        Assert.Equal(CompetentDepartment, process.CurrentStage);
        Assert.Equal(2, process.Round);
        Assert.Equal(2, process.Steps.Count);
        Assert.All(process.Steps, s => Assert.Equal(1, s.Round));
        Assert.Equal([StageState.Current, StageState.Pending, StageState.Pending], process.Progress([ProjectType.General]).Select(p => p.State));
    }

    [Fact]
    public void Resubmit_WithOtherTypes_TakesTheNewRoute()
    {
        var process = Submitted(ProjectType.General);
        process.Review(CompetentDepartment, ReviewDecision.Return, null, "请选择项目类型", [], "dept1", Now);

        process.Submit([ProjectType.Ppp, ProjectType.GovernmentProcurement]);

        Assert.Equal([CompetentDepartment, FinanceBusiness, DebtFinance, ProcurementSupervision], process.Route);
    }

    [Fact]
    public void SeveralSpecialTypes_EachSectionReviewsInTurnAndOnlyTheLastGrades()
    {
        var process = Submitted(ProjectType.GovernmentDebt, ProjectType.PurchaseOfService);
        Approve(process, CompetentDepartment);
        Approve(process, FinanceBusiness);

        Assert.Throws<DomainException>(() => Approve(process, DebtFinance, ReviewGrade.Excellent));
        Approve(process, DebtFinance);
        Approve(process, ProcurementSupervision, ReviewGrade.Excellent);

        Assert.Equal(DeclarationStatus.Approved, process.Status);
    }

    [Fact]
    public void Withdraw_BeforeFirstReviewer_GoesBackToDraft()
    {
        var process = Submitted();

        process.Withdraw();

        Assert.Equal(DeclarationStatus.Draft, process.Status);
        Assert.Equal(0, process.Round);
        Assert.Null(process.CurrentStage);
    }

    [Fact]
    public void Withdraw_AfterFirstReviewer_Throws()
    {
        var process = Submitted();
        Approve(process, CompetentDepartment);

        var error = Assert.Throws<DomainException>(process.Withdraw);
        Assert.Contains("不能撤回", error.Message);
        Assert.Equal(FinanceBusiness, process.CurrentStage);
    }

    [Fact]
    public void Withdraw_Draft_Throws() =>
        Assert.Throws<DomainException>(new ReviewProcess().Withdraw);

    [Fact]
    public void StartAdjustment_Approved_GivesEditableDraft()
    {
        var process = Submitted();
        Approve(process, CompetentDepartment);
        Approve(process, FinanceBusiness);
        Approve(process, PerformanceEvaluation, ReviewGrade.Excellent);

        process.StartAdjustment();

        Assert.Equal(DeclarationStatus.Draft, process.Status);
        Assert.True(process.IsEditable);
        Assert.Equal(3, process.Steps.Count);
    }

    [Fact]
    public void StartAdjustment_NotApproved_Throws() =>
        Assert.Throws<DomainException>(Submitted().StartAdjustment);

    [Fact]
    public void Progress_MidRoute_ShowsApprovedCurrentPending()
    {
        var process = Submitted();
        Approve(process, CompetentDepartment);

        var progress = process.Progress([ProjectType.General]);

        Assert.Equal([StageState.Approved, StageState.Current, StageState.Pending], progress.Select(p => p.State));
    }
}
