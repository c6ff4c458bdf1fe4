using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Application.Declarations;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Json;
using Jixiao.Testing;
using Jixiao.Web.Auth;
using Jixiao.Web.Declarations;
using Jixiao.Web.Guidance;
using Jixiao.Web.Shared.Ui;

namespace Jixiao.Web.Tests.Ui;

/// What the UI writes for people: dates, amounts, field names, guidance, and the addresses it returns to.
public class UiTextTests
{
    [Fact]
    public void Date_IsWrittenTheChineseWay()
    {
        Assert.Equal("2022年1月19日", Zh.Date(new DateOnly(2022, 1, 19)));
        Assert.Equal("", Zh.Date((DateOnly?)null));
    }

    [Fact]
    public void Timestamp_IsShownInBeijingTime()
    {
        var utc = new DateTime(2022, 1, 18, 16, 30, 0, DateTimeKind.Utc);   // 00:30 on the 19th in Beijing

        Assert.Equal("2022年1月19日", Zh.Date(utc));
        Assert.Equal("2022年1月19日 00:30", Zh.DateTime(utc));
        Assert.Equal("2022年1月19日 00:30", Zh.DateTime(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified)));   // as SQLite gives it back
    }

    [Fact]
    public void Amount_HasTwoDecimalsWhateverTheServersCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("13857.29", Zh.Amount(13857.29m));
            Assert.Equal("10000.00", Zh.Amount(10000m));
            Assert.Equal("", Zh.Amount(null));   // a blank cell stays blank, never 0.00
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("projectName", "项目名称")]
    [InlineData("budget.total", "项目总预算")]
    [InlineData("budget.currentYear", "本年度申请预算")]
    [InlineData("indicators", "绩效指标表")]
    [InlineData("indicators[12].target", "第13条指标 指标值")]
    [InlineData("indicators[12].target.text", "第13条指标 指标值")]
    [InlineData("indicators[0].name", "第1条指标 三级指标")]
    [InlineData("something[x]", "something[x]")]
    public void FieldLabel_WithoutTheDeclaration_NamesTheField(string location, string label) =>
        Assert.Equal(label, FieldLabels.Describe(location));

    [Fact]
    public void FieldLabel_WithTheDeclaration_NamesTheRow()
    {
        var declaration = DeclarationDto.From(Samples.NanchangDeclaration);

        Assert.Equal("第2条指标「南昌市第一、第二看守所“铁桶工程”建设1项」 指标值", FieldLabels.Describe("indicators[1].target", declaration));
        Assert.Equal("资金来源「合计」「财政拨款」「本级财政安排」 本年度资金",
            FieldLabels.Describe("fundSources[0].children[0].children[1].currentYear", declaration));
    }

    [Fact]
    public void Guidance_CoversEveryCheckerRuleAndEveryLevel2Category()
    {
        foreach (var rule in Rules.All)
        {
            var text = GuidanceTexts.For(rule.Code);
            Assert.True(text is not null, $"no guidance for {rule.Code}");
            Assert.Equal(rule.Severity, text.Severity);
            Assert.False(string.IsNullOrWhiteSpace(text.Poor) || string.IsNullOrWhiteSpace(text.Good), rule.Code);
        }
        foreach (var schema in Enum.GetValues<IndicatorSchema>())
            foreach (var level1 in IndicatorTaxonomy.Level1Names(schema))
                foreach (var level2 in IndicatorTaxonomy.Level2Names(schema, level1))
                    Assert.True(GuidanceTexts.For(level2) is not null, $"no guidance for {level2}");
    }

    [Fact]
    public void Guidance_CoversEveryReaderCodeInChecksMd()
    {
        var checks = File.ReadAllText(Path.Combine(Samples.Root, "docs", "checks.md"));
        var readerTable = checks[checks.IndexOf("## Reader codes", StringComparison.Ordinal)..];
        var codes = Regex.Matches(readerTable, @"^\| `(?<code>[A-Z_]+)` \|", RegexOptions.Multiline).Select(m => m.Groups["code"].Value).ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.True(GuidanceTexts.For(code) is not null, $"no guidance for {code}"));
    }

    [Theory]
    [InlineData("数量", "数量指标")]
    [InlineData("可持续效益", "可持续影响指标")]
    [InlineData("服务对象满意度", "服务对象满意度指标")]
    public void Guidance_ForACommonSpelling_IsTheCategorys(string spelling, string category) =>
        Assert.Equal(category, GuidanceTexts.For(spelling)?.Key);

    [Theory]
    [InlineData("/declarations?page=2", "/declarations?page=2")]
    [InlineData("/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData(null, "/")]
    public void ReturnAddress_AfterSignIn_StaysOnThisSite(string? returnUrl, string expected) =>
        Assert.Equal(expected, BrowserCookies.LocalPath(returnUrl));

    [Fact]
    public void PageWindow_ShowsFirstLastAndNeighbours()
    {
        Assert.Equal([1, 0, 3, 4, 5, 6, 7, 0, 10], ListQueries.PageWindow(5, 10));
        Assert.Equal([1, 2, 3], ListQueries.PageWindow(1, 3));
    }

    [Fact]
    public void Diff_ShowsTheTargetsTextButNotWhatIsDerivedFromIt()
    {
        VersionDiff.Change[] changes =
        [
            new("indicators[0].target.text", JsonValue.Create("100%"), JsonValue.Create("=1个")),
            new("indicators[0].target.unit", JsonValue.Create("%"), JsonValue.Create("个")),
            new("indicators[0].target.value", JsonValue.Create(100), JsonValue.Create(1)),
            new("budget.total", JsonValue.Create(13857m), JsonValue.Create(13857.29m)),
        ];

        var shown = DiffValues.Shown(changes);

        Assert.Equal(["indicators[0].target.text", "budget.total"], shown.Select(c => c.Location));
        Assert.Equal("13857.29", DiffValues.Text(shown[1].After));
        Assert.Equal("（空）", DiffValues.Text(null));
    }

    [Fact]
    public void PrintedForm_NumbersFundSourcesAndMergesIndicatorGroupsAsTheForm()
    {
        var declaration = DeclarationDto.From(Samples.NanchangDeclaration);

        var funds = PrintedForm.FundRows(declaration);
        var rows = PrintedForm.IndicatorRows(declaration);

        Assert.Equal(["合计", "（一）财政拨款", "其中：1. 上级财政拨款", "2. 本级财政安排", "3. 下级财政配套"], funds.Take(5).Select(f => f.Label));
        Assert.Equal("（三）其它资金", funds[^1].Label);
        Assert.Equal(rows.Count, rows.Sum(r => r.Level1Span));
        Assert.Equal(rows.Count, rows.Sum(r => r.Level2Span));
        Assert.True(rows[0].Level1Span > 1 && rows[1].Level1Span == 0);
    }
}
