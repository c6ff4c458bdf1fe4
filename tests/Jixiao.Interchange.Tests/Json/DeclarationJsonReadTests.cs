using System.Text.Json;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Json;

namespace Jixiao.Interchange.Tests.Json;

public class DeclarationJsonReadTests
{
    private static string WithIndicator(string indicatorJson) => $$"""{ "indicators": [ {{indicatorJson}} ] }""";

    private static TargetValue TargetOf(string indicatorJson) => DeclarationJson.Deserialize(WithIndicator(indicatorJson)).Indicators[0].Target;

    [Fact]
    public void Deserialize_EmptyObject_GivesBlankDeclaration()
    {
        Assert.Equal(new Declaration(), DeclarationJson.Deserialize("{}"));
    }

    [Fact]
    public void Deserialize_UnknownMembersAndAnyOrder_AreAccepted()
    {
        var d = DeclarationJson.Deserialize("""
            { "colour": "red", "nested": { "a": [1, 2] }, "year": 2022, "projectName": "大数据专项", "title": "南昌市预算绩效目标申报表" }
            """);

        Assert.Equal(2022, d.Year);
        Assert.Equal("大数据专项", d.ProjectName);
        Assert.Equal("南昌市预算绩效目标申报表", d.Title);
    }

    [Fact]
    public void Deserialize_CommentsTrailingCommasAndOtherCase_AreAccepted()
    {
        var d = DeclarationJson.Deserialize("""
            {
              // typed by hand
              "ProjectName": "大数据专项",
              "budget": { "total": 1.5, },
            }
            """);

        Assert.Equal("大数据专项", d.ProjectName);
        Assert.Equal(1.5m, d.Budget.Total?.Value);
    }

    [Fact]
    public void Deserialize_MissingIndicatorMembers_GiveEmptyNamesAndMissingTarget()
    {
        var indicator = DeclarationJson.Deserialize(WithIndicator("{}")).Indicators[0];

        Assert.Equal(new Indicator(), indicator);
        Assert.Same(MissingTarget.Instance, indicator.Target);
    }

    [Fact]
    public void Deserialize_TargetWithText_ParsesTheTextAndIgnoresTypedMembers()
    {
        var target = TargetOf("""
            { "level2": "时效指标", "target": { "text": "2022年12 月31日前", "kind": "qualitative", "value": "something else" } }
            """);

        Assert.Equal(TargetValue.Parse("2022年12 月31日前", new TargetContext("时效指标")), target);
    }

    [Fact]
    public void Deserialize_QuantityWithoutText_IsBuiltFromTypedMembers()
    {
        var target = TargetOf("""
            { "target": { "kind": "quantity", "operator": ">=", "value": 4, "unit": "万人", "normalized": { "value": 40000, "unit": "人" } } }
            """);

        Assert.Equal(new QuantityTarget(Comparison.AtLeast, 4m, "万人") { Normalized = new Magnitude(40000m, "人") }, target);
        Assert.Equal("", target.Text);
    }

    [Fact]
    public void Deserialize_QuantityWithoutOperator_IsEqual()
    {
        Assert.Equal(new QuantityTarget(Comparison.Equal, 1m, "个"), TargetOf("""{ "target": { "kind": "quantity", "value": 1, "unit": "个" } }"""));
    }

    [Fact]
    public void Deserialize_DeadlineWithoutYear_IsBuiltFromIsoMonthDay()
    {
        Assert.Equal(new DeadlineTarget(null, 12, 31), TargetOf("""{ "target": { "kind": "deadline", "value": "--12-31" } }"""));
    }

    [Fact]
    public void Deserialize_PeriodWithoutText_IsBuiltFromIsoInterval()
    {
        Assert.Equal(new PeriodTarget(new DateOnly(2023, 7, 1), new DateOnly(2024, 1, 31)),
            TargetOf("""{ "target": { "kind": "period", "value": "2023-07-01/2024-01-31" } }"""));
    }

    [Fact]
    public void Deserialize_TargetNullOrEmpty_IsMissing()
    {
        Assert.Same(MissingTarget.Instance, TargetOf("""{ "target": null }"""));
        Assert.Same(MissingTarget.Instance, TargetOf("""{ "target": { "text": "", "kind": "missing" } }"""));
    }

    [Fact]
    public void Deserialize_ReviewWithoutStage_IsOtherBoxWithItsLabel()
    {
        var box = DeclarationJson.Deserialize("""{ "reviews": [ { "label": "县财政局审核意见" } ] }""").Reviews[0];

        Assert.Equal(new ReviewBox { Kind = ReviewBoxKind.Other, Label = "县财政局审核意见" }, box);
    }

    [Theory]
    [InlineData("""{ "indicators": [ { "target": "≥90%" } ] }""", "indicators[0].target: 应为对象")]
    [InlineData("""{ "year": "2022" }""", "year: 应为整数")]
    [InlineData("""{ "budget": { "total": "13857.29" } }""", "budget.total: 应为数字")]
    [InlineData("""{ "filedOn": "2022年1月19日" }""", "filedOn: 应为日期（YYYY-MM-DD）")]
    [InlineData("""{ "indicators": {} }""", "indicators: 应为数组")]
    [InlineData("""{ "notes": [ "a", 2 ] }""", "notes[1]: 应为字符串")]
    [InlineData("""{ "budgetCode": 507001 }""", "budgetCode: 应为字符串")]
    [InlineData("""{ "fundSources": [ { "name": "合计", "children": [ { "priorYear": true } ] } ] }""", "fundSources[0].children[0].priorYear: 应为数字")]
    [InlineData("""{ "reviews": [ { "date": 5 } ] }""", "reviews[0].date: 应为日期（YYYY-MM-DD）")]
    public void Deserialize_MemberOfWrongType_NamesPathAndExpectedType(string json, string expected)
    {
        var ex = Assert.Throws<JsonReadException>(() => DeclarationJson.Deserialize(json));

        Assert.StartsWith(expected, ex.Message);
    }

    [Fact]
    public void Deserialize_WrongTypeOnALaterLine_SaysWhichLine()
    {
        var ex = Assert.Throws<JsonReadException>(() => DeclarationJson.Deserialize("{\n  \"title\": \"x\",\n  \"year\": \"2022\"\n}"));

        Assert.Equal("year", ex.Location);
        Assert.Contains("第 3 行", ex.Message);
    }

    [Theory]
    [InlineData("""{ "indicators": [ null ] }""", "indicators[0]: 应为对象")]
    [InlineData("""{ "notes": [ null ] }""", "notes[0]: 应为字符串")]
    public void Deserialize_NullElement_IsWrongShape(string json, string expected)
    {
        var ex = Assert.Throws<JsonReadException>(() => DeclarationJson.Deserialize(json));

        Assert.Equal(expected, ex.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"declaration\"")]
    [InlineData("null")]
    public void Deserialize_TopLevelNotAnObject_SaysSo(string json)
    {
        var ex = Assert.Throws<JsonReadException>(() => DeclarationJson.Deserialize(json));

        Assert.StartsWith("JSON 顶层应为对象", ex.Message);
    }

    [Fact]
    public void Deserialize_MalformedJson_SaysNotJsonAndTheLine()
    {
        var ex = Assert.Throws<JsonReadException>(() => DeclarationJson.Deserialize("{\n  \"year\": 2022\n  \"title\": \"x\"\n}"));

        Assert.Contains("不是合法的 JSON", ex.Message);
        Assert.Contains("第 3 行", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    public void Deserialize_Empty_SaysEmpty(string json)
    {
        var ex = Assert.Throws<JsonReadException>(() => DeclarationJson.Deserialize(json));

        Assert.Contains("内容为空", ex.Message);
    }

    [Theory]
    [InlineData("""{ "projectTypes": [ "charity" ] }""", "projectTypes[0]")]
    [InlineData("""{ "indicators": [ { "direction": "up" } ] }""", "indicators[0].direction")]
    [InlineData("""{ "reviews": [ { "stage": "mayor" } ] }""", "reviews[0].stage")]
    [InlineData("""{ "indicators": [ { "target": { "kind": "number", "value": 1 } } ] }""", "indicators[0].target.kind")]
    [InlineData("""{ "indicators": [ { "target": { "value": 1 } } ] }""", "indicators[0].target.kind")]
    [InlineData("""{ "indicators": [ { "target": { "kind": "quantity", "unit": "%" } } ] }""", "indicators[0].target.value")]
    [InlineData("""{ "indicators": [ { "target": { "kind": "quantity", "operator": "≈", "value": 1 } } ] }""", "indicators[0].target.operator")]
    [InlineData("""{ "indicators": [ { "target": { "kind": "quantity", "operator": "between", "value": 90 } } ] }""", "indicators[0].target.upper")]
    [InlineData("""{ "indicators": [ { "target": { "kind": "deadline", "value": "2022-13-45" } } ] }""", "indicators[0].target.value")]
    [InlineData("""{ "indicators": [ { "target": { "kind": "period", "value": "2023-07-01" } } ] }""", "indicators[0].target.value")]
    [InlineData("""{ "indicators": [ { "longTermTarget": { "kind": "qualitative", "value": 3 } } ] }""", "indicators[0].longTermTarget.value")]
    public void Deserialize_ValueThatMeansNothing_ThrowsNamingTheMember(string json, string location)
    {
        var ex = Assert.Throws<JsonReadException>(() => DeclarationJson.Deserialize(json));

        Assert.Equal(location, ex.Location);
        Assert.StartsWith(location + ": ", ex.Message);
    }

    [Fact]
    public void ToDomainWithFindings_ValuesThatMeanNothing_AreAllReportedAndLeftBlank()
    {
        var dto = JsonSerializer.Deserialize<DeclarationDto>("""
            { "projectTypes": [ "general", "charity" ],
              "indicators": [ { "name": "合格率", "direction": "up", "target": { "kind": "quantity", "unit": "%" } } ] }
            """, DeclarationJson.Options)!;

        var d = dto.ToDomain(out var findings);

        // In the order of the contract's members: target comes before direction.
        Assert.Equal(["projectTypes[1]", "indicators[0].target.value", "indicators[0].direction"], findings.Select(f => f.Location));
        Assert.All(findings, f => Assert.Equal("INVALID_JSON_VALUE", f.Code));
        Assert.All(findings, f => Assert.Equal(Domain.Checks.Severity.Error, f.Severity));
        Assert.Equal([ProjectType.General], d.ProjectTypes);
        Assert.Null(d.Indicators[0].Direction);
        Assert.Same(MissingTarget.Instance, d.Indicators[0].Target);
        Assert.Equal("合格率", d.Indicators[0].Name);
    }
}
