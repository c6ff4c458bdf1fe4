using Jixiao.Testing.Builders;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Tests.Checks;

public class GoalChecksTests
{
    private const string Goal = "推动政务信息系统互联互通、信息共享和业务协同。";

    [Fact]
    public void GoalsDistinct_MultiYearProjectWithTheSameGoalTwice_Warns()
    {
        var findings = Check.Run(A.Declaration()
            .WithPeriod(new DateOnly(2021, 1, 1), new DateOnly(2023, 12, 31))
            .WithGoals(Goal, " 推动政务信息系统互联互通，信息共享和业务协同 "));

        Assert.Equal("annualGoal", findings.Single("GOALS_DISTINCT").Location);
    }

    [Fact]
    public void GoalsDistinct_MultiYearProjectWithDifferentGoals_IsFine()
    {
        var findings = Check.Run(A.Declaration()
            .WithPeriod(new DateOnly(2021, 1, 1), new DateOnly(2023, 12, 31))
            .WithGoals(Goal, "完成一期平台建设并上线运行。"));

        Assert.Empty(findings.Coded("GOALS_DISTINCT"));
    }

    [Fact]
    public void GoalsDistinct_OneYearProjectWithTheSameGoalTwice_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithGoals(Goal, Goal));

        Assert.Empty(findings.Coded("GOALS_DISTINCT"));
    }

    [Fact]
    public void GoalNotCovered_NumberNoIndicatorCarries_WarnsWithTheNumber()
    {
        var findings = Check.Run(A.Declaration().WithAnnualGoal("完成7个子系统建设，带来观光游客不少于6万人次。"));

        var messages = findings.Coded("GOAL_NOT_COVERED");
        Assert.Equal(2, messages.Count);
        Assert.All(messages, f => Assert.Equal("annualGoal", f.Location));
        Assert.Contains("「7个」", messages[0].Message, StringComparison.Ordinal);
        Assert.Contains("「6万人次」", messages[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GoalNotCovered_NumberInAnIndicatorName_IsFine()
    {
        var findings = Check.Run(A.Declaration()
            .WithAnnualGoal("完成7个子系统建设。")
            .WithIndicator(Output, Quantity, "完成7个子系统的部署", Targets.Grade("达标")));

        Assert.Empty(findings.Coded("GOAL_NOT_COVERED"));
    }

    [Fact]
    public void GoalNotCovered_NumberAsATypedValue_IsFine()
    {
        var findings = Check.Run(A.Declaration()
            .WithAnnualGoal("组织架构梳理不少于1500个。"));

        Assert.Empty(findings.Coded("GOAL_NOT_COVERED"));
    }

    [Fact]
    public void GoalNotCovered_TenThousandsWrittenOut_IsCarriedByTheNormalisedValue()
    {
        var findings = Check.Run(A.Declaration()
            .WithAnnualGoal("为水濂村带来观光游客不少于6万人。")
            .WithIndicator(Benefit, Social, "贫困地区乡村旅游开发景点接待游客数量", Targets.Quantity(">=", 60000, "人")));

        Assert.Empty(findings.Coded("GOAL_NOT_COVERED"));
    }

    [Fact]
    public void GoalNotCovered_ALongerNumber_DoesNotCarryAShorterOne()
    {
        var findings = Check.Run(A.Declaration()
            .WithAnnualGoal("完成6个系统建设。")
            .WithIndicator(Output, Quantity, "完成16个系统的等保测评", Targets.Grade("达标")));

        Assert.Single(findings.Coded("GOAL_NOT_COVERED"));
    }

    [Fact]
    public void GoalNotCovered_YearsDatesAndDocumentNumbers_AreNotTargets()
    {
        var findings = Check.Run(A.Declaration()
            .WithAnnualGoal("按照洪府厅发〔2019〕130号文件要求，于2022年12月31日前完成2021-2022年度第2批项目验收。"));

        Assert.Empty(findings.Coded("GOAL_NOT_COVERED"));
    }

    [Theory]
    [InlineData("目标1：完成7个子系统建设。\n目标2：带来观光游客不少于6万人次。")]
    [InlineData("1.完成7个子系统建设；2.带来观光游客不少于6万人次；3、开展培训。")]
    [InlineData("年度目标：（1）完成7个子系统建设，(2)带来观光游客不少于6万人次。")]
    public void GoalNotCovered_ListNumbering_IsNotATarget(string goal)
    {
        var findings = Check.Run(A.Declaration().WithAnnualGoal(goal));

        // Only the goal's real numbers are reported, not the items' numbers 1, 2, 3.
        Assert.Equal(["「7个」", "「6万人次」"],
            findings.Coded("GOAL_NOT_COVERED").Select(f => f.Message[(f.Message.IndexOf('「', StringComparison.Ordinal))..(f.Message.IndexOf('」', StringComparison.Ordinal) + 1)]));
    }

    [Fact]
    public void GoalNotCovered_ANumberAfterTheWordTarget_StillCountsWhenItHasAUnit()
    {
        var findings = Check.Run(A.Declaration().WithAnnualGoal("完成目标37个村的改造。"));

        Assert.Contains("「37个」", findings.Single("GOAL_NOT_COVERED").Message, StringComparison.Ordinal);
    }
}
