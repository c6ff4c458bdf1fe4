using Jixiao.Domain.Checks;

namespace Jixiao.Domain.Tests.Checks;

public class FormTextTests
{
    [Fact]
    public void IsWhiteSpace_EveryCharacter_AgreesWithTheRuntime()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True(FormText.IsWhiteSpace(c) == char.IsWhiteSpace(c), $"U+{(int)c:X4}");
        Assert.Equal(char.IsWhiteSpace(char.MaxValue), FormText.IsWhiteSpace(char.MaxValue));
    }

    [Theory]
    // already tidy: copied as they are
    [InlineData("南昌市疫情防控大数据管理平台建设", "南昌市疫情防控大数据管理平台建设")]
    [InlineData("“赣政通”南昌分厅系统人均访问速度达标率", "“赣政通”南昌分厅系统人均访问速度达标率")]
    [InlineData("平台（一期）", "平台（一期）")]
    // spaces between Chinese characters go, one between Latin letters or digits stays
    [InlineData("瘫痪 次数", "瘫痪次数")]
    [InlineData("Windows  Server 升级", "Windows Server升级")]
    [InlineData("2021 至 2022\u3000年", "2021至2022年")]
    // brackets a removed quantity left empty, and what dangles at the end
    [InlineData("旅游景点开发数量()", "旅游景点开发数量")]
    [InlineData("旅游景点开发数量（ ）", "旅游景点开发数量")]
    [InlineData("组织架构梳理：", "组织架构梳理")]
    [InlineData("开发数量(", "开发数量")]
    [InlineData("", "")]
    public void TidyName_Name_IsTidied(string name, string expected) => Assert.Equal(expected, FormText.TidyName(name));

    [Fact]
    public void Concat_SevenPieces_AreJoinedInOrder() =>
        Assert.Equal("三级指标「平台」把数量「1个」写在", FormText.Concat("三级指标", "「", "平台", "」把数量「", "1个", "」", "写在"));

    [Fact]
    public void Concat_EmptyPieces_AreSkipped() => Assert.Equal("ab", FormText.Concat("", "a", "", "", "b", "", ""));
}
