using Jixiao.Domain.Declarations;

namespace Jixiao.Domain.Tests.Declarations;

public class ProjectTypeNamesTests
{
    [Theory]
    [InlineData("2024年政府购买服务项目绩效目标表", ProjectType.PurchaseOfService)]
    [InlineData("购买服务类", ProjectType.PurchaseOfService)]
    [InlineData("政府采购", ProjectType.GovernmentProcurement)]
    [InlineData("ppp项目", ProjectType.Ppp)]
    [InlineData("政府债务项目", ProjectType.GovernmentDebt)]
    [InlineData("专项债务项目", ProjectType.GovernmentDebt)]
    public void Mentioned_ASpecialTypesName_IsThatType(string text, ProjectType expected) =>
        Assert.Equal(expected, ProjectTypeNames.Mentioned(text));

    [Theory]
    [InlineData("经常性专项业务费")]
    [InlineData("政策补贴类")]
    [InlineData("一般项目")]
    [InlineData("项目支出绩效目标表")]
    public void Mentioned_NoSpecialType_IsNull(string text) => Assert.Null(ProjectTypeNames.Mentioned(text));
}
