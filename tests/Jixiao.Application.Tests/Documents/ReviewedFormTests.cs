using Jixiao.Application.Documents;
using Jixiao.Data.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Testing.Builders;

namespace Jixiao.Application.Tests.Documents;

/// Filling the printed review boxes from stored review steps.
public class ReviewedFormTests
{
    private static VerifiedStep Step(ReviewStage stage, int round, int version, ReviewDecision decision, string? opinion, DateTime signedAt,
        ReviewGrade? grade = null, bool verified = true, string section = "某科室") =>
        new(new ReviewStepRecord
        {
            Stage = stage, Round = round, VersionNumber = version, Decision = decision, Opinion = opinion, Grade = grade,
            SignedAt = signedAt, SectionName = section, ReviewerUserName = "user", ReviewerDisplayName = "张三",
            Signature = "sig", KeyFingerprint = "ABCDEF0123456789",
        }, verified);

    private static readonly DateTime Noon = new(2022, 3, 1, 4, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Fill_NoStepOfTheVersion_LeavesTheDeclarationAsItIs()
    {
        var declaration = A.Declaration().Build();

        var (printed, seals) = ReviewedForm.Fill(declaration, 2, [Step(ReviewStage.CompetentDepartment, 1, 1, ReviewDecision.Approve, "同意", Noon)]);

        Assert.Same(declaration, printed);
        Assert.Empty(seals);
    }

    [Fact]
    public void Fill_StepsOfTwoRounds_OnlyTheLatestRoundIsPrinted()
    {
        var steps = new[]
        {
            Step(ReviewStage.CompetentDepartment, 1, 1, ReviewDecision.Approve, "第一轮同意", Noon),
            Step(ReviewStage.FinanceBusiness, 1, 1, ReviewDecision.Return, "请补充成本指标", Noon.AddHours(1)),
            Step(ReviewStage.CompetentDepartment, 2, 1, ReviewDecision.Approve, "第二轮同意", Noon.AddDays(1)),
        };

        var (printed, seals) = ReviewedForm.Fill(A.Declaration().Build(), 1, steps);

        Assert.Equal("第二轮同意", printed.Reviews.Single(b => b.Kind == ReviewBoxKind.CompetentDepartment).Opinion);
        Assert.Null(printed.Reviews.Single(b => b.Kind == ReviewBoxKind.FinanceBusiness).Opinion);
        Assert.Equal([ReviewBoxKind.CompetentDepartment], seals.Select(s => s.Box));
    }

    [Fact]
    public void Fill_ReturnAndGrade_AreSaidInTheOpinionAndTheDateIsChinaStandardTime()
    {
        var lateEvening = new DateTime(2022, 3, 1, 20, 30, 0, DateTimeKind.Utc);    // 2 March, 04:30 in Nanchang
        var steps = new[]
        {
            Step(ReviewStage.FinanceBusiness, 1, 1, ReviewDecision.Approve, null, Noon),
            Step(ReviewStage.DebtFinance, 1, 1, ReviewDecision.Return, "请修改", lateEvening, ReviewGrade.Fair, verified: false, section: "市财政局债务金融科"),
        };

        var (printed, seals) = ReviewedForm.Fill(A.Declaration().Build(), 1, steps);

        var counterpart = printed.Reviews.Single(b => b.Kind == ReviewBoxKind.CounterpartSection);
        Assert.Equal(("退回修改：请修改（评级：中）", "张三", new DateOnly(2022, 3, 2)), (counterpart.Opinion, counterpart.Reviewer, counterpart.Date));
        Assert.Equal("通过", printed.Reviews.Single(b => b.Kind == ReviewBoxKind.FinanceBusiness).Opinion);
        var seal = seals.Single(s => s.Box == ReviewBoxKind.CounterpartSection);
        Assert.Equal("市财政局债务金融科 · SM2 签名指纹 ABCDEF0123456789 · 未通过验证", seal.Text);
        Assert.False(seal.ToPdf().Verified);
        Assert.Equal(4, printed.Reviews.Count);
    }
}
