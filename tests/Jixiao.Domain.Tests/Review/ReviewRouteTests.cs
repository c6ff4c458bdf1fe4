using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Review.ReviewStage;

namespace Jixiao.Domain.Tests.Review;

public class ReviewRouteTests
{
    [Fact]
    public void General_EndsAtPerformanceEvaluation() =>
        Assert.Equal([CompetentDepartment, FinanceBusiness, PerformanceEvaluation], ReviewRoute.For([ProjectType.General]));

    [Fact]
    public void NoTypeChosen_IsTreatedAsGeneral() =>
        Assert.Equal([CompetentDepartment, FinanceBusiness, PerformanceEvaluation], ReviewRoute.For([]));

    [Theory]
    [InlineData(ProjectType.Ppp)]
    [InlineData(ProjectType.GovernmentDebt)]
    public void PppAndDebt_GoToDebtFinanceInsteadOfPerformanceEvaluation(ProjectType type) =>
        Assert.Equal([CompetentDepartment, FinanceBusiness, DebtFinance], ReviewRoute.For([type]));

    [Theory]
    [InlineData(ProjectType.GovernmentProcurement)]
    [InlineData(ProjectType.PurchaseOfService)]
    public void ProcurementAndPurchaseOfService_GoToProcurementSupervision(ProjectType type) =>
        Assert.Equal([CompetentDepartment, FinanceBusiness, ProcurementSupervision], ReviewRoute.For([type]));

    [Fact]
    public void SeveralSpecialTypes_AreReviewedByEachMatchingSectionInTurn() =>
        Assert.Equal([CompetentDepartment, FinanceBusiness, DebtFinance, ProcurementSupervision],
            ReviewRoute.For([ProjectType.PurchaseOfService, ProjectType.General, ProjectType.Ppp, ProjectType.GovernmentDebt]));
}
