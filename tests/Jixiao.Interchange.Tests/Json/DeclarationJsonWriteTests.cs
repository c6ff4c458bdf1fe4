using System.Text.Json;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Json;

namespace Jixiao.Interchange.Tests.Json;

public class DeclarationJsonWriteTests
{
    private static readonly string[] DocumentedMembers =
    [
        "title", "year", "region", "projectName", "department", "departmentHead", "budgetCode", "filedOn",
        "projectLead", "contactPerson", "contactPhone", "startDate", "endDate", "overview", "measures",
        "overallGoal", "annualGoal", "implementingUnit", "projectAttribute", "projectTypes", "budget",
        "fundSources", "indicators", "reviews", "notes", "otherFields",
    ];

    private static JsonElement Write(Declaration d) => JsonDocument.Parse(DeclarationJson.Serialize(d)).RootElement.Clone();

    private static JsonElement TargetOf(JsonElement root, int indicator) => root.GetProperty("indicators")[indicator].GetProperty("target");

    [Fact]
    public void Serialize_AnyDeclaration_WritesEveryDocumentedMemberInOrder()
    {
        var root = Write(new Declaration());

        Assert.Equal(DocumentedMembers, root.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Serialize_BlankCells_AreNullNotInventedValues()
    {
        var root = Write(new Declaration { Title = "南昌市预算绩效目标申报表" });

        Assert.Equal(JsonValueKind.Null, root.GetProperty("projectName").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("year").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("budget").GetProperty("total").ValueKind);
        Assert.Equal(0, root.GetProperty("indicators").GetArrayLength());
    }

    [Fact]
    public void Serialize_ChineseText_IsWrittenAsIsAndIndented()
    {
        var json = DeclarationJson.Serialize(TypedDeclarations.EveryKind());

        Assert.Contains("\"department\": \"南昌市政务服务数据管理局\"", json);
        Assert.Contains("“市财政局归口科室”", json);
        Assert.Contains("≥", json);
        Assert.DoesNotContain("\\u", json);
        Assert.Contains("\n  \"year\": 2022,", json);
    }

    [Fact]
    public void Serialize_HeaderValues_UseDocumentedTypes()
    {
        var root = Write(TypedDeclarations.EveryKind());

        Assert.Equal("2022-01-19", root.GetProperty("filedOn").GetString());
        Assert.Equal("007001", root.GetProperty("budgetCode").GetString());
        Assert.Equal(["general", "purchaseOfService"], root.GetProperty("projectTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(13857.29m, root.GetProperty("budget").GetProperty("total").GetDecimal());
        Assert.Equal(["total", "currentYear", "carryOver"], root.GetProperty("budget").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Serialize_FundSources_WriteTreeWithBothColumns()
    {
        var total = Write(TypedDeclarations.EveryKind()).GetProperty("fundSources")[0];

        Assert.Equal(["name", "priorYear", "currentYear", "children"], total.EnumerateObject().Select(p => p.Name));
        var child = total.GetProperty("children")[0];
        Assert.Equal("财政拨款", child.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, child.GetProperty("priorYear").ValueKind);
        Assert.Equal(10000m, child.GetProperty("currentYear").GetDecimal());
    }

    [Fact]
    public void Serialize_ReviewBoxes_WriteStageLabelAndNullsWhileEmpty()
    {
        var reviews = Write(TypedDeclarations.EveryKind()).GetProperty("reviews");

        Assert.Equal(["competentDepartment", "financeBusiness", "performanceEvaluation", "counterpartSection", "other"],
            reviews.EnumerateArray().Select(r => r.GetProperty("stage").GetString()));
        Assert.Equal(JsonValueKind.Null, reviews[0].GetProperty("opinion").ValueKind);
        Assert.Equal("2022-02-01", reviews[4].GetProperty("date").GetString());
        Assert.Equal("县财政局审核意见", reviews[4].GetProperty("label").GetString());
    }

    [Fact]
    public void Serialize_IndicatorWithoutOptionalColumns_LeavesThemOut()
    {
        var indicator = Write(TypedDeclarations.EveryKind()).GetProperty("indicators")[0];

        Assert.Equal(["level1", "level2", "name", "target"], indicator.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Serialize_IndicatorWithOptionalColumns_WritesThemInDocumentedOrder()
    {
        var indicator = Write(TypedDeclarations.EveryKind()).GetProperty("indicators")[10];

        Assert.Equal(
            ["level1", "level2", "name", "target", "longTermTarget", "unit", "direction", "operator", "weight", "valueBasis", "explanation", "scoringRule", "remark"],
            indicator.EnumerateObject().Select(p => p.Name));
        Assert.Equal("positive", indicator.GetProperty("direction").GetString());
        Assert.Equal(10m, indicator.GetProperty("weight").GetDecimal());
    }

    [Fact]
    public void Serialize_QuantityWithMagnitude_WritesOperatorValueUnitAndNormalized()
    {
        var target = TargetOf(Write(TypedDeclarations.EveryKind()), 0);

        Assert.Equal("quantity", target.GetProperty("kind").GetString());
        Assert.Equal("≥", target.GetProperty("operator").GetString());
        Assert.Equal(4m, target.GetProperty("value").GetDecimal());
        Assert.Equal("万人", target.GetProperty("unit").GetString());
        Assert.Equal(40000m, target.GetProperty("normalized").GetProperty("value").GetDecimal());
        Assert.Equal("人", target.GetProperty("normalized").GetProperty("unit").GetString());
    }

    [Fact]
    public void Serialize_Range_WritesBetweenWithUpper()
    {
        var target = TargetOf(Write(TypedDeclarations.EveryKind()), 1);

        Assert.Equal("between", target.GetProperty("operator").GetString());
        Assert.Equal(90m, target.GetProperty("value").GetDecimal());
        Assert.Equal(95m, target.GetProperty("upper").GetDecimal());
    }

    [Fact]
    public void Serialize_QuantityInUnitOfTime_IsDuration()
    {
        var target = TargetOf(Write(TypedDeclarations.EveryKind()), 2);

        Assert.Equal("duration", target.GetProperty("kind").GetString());
        Assert.Equal("≤", target.GetProperty("operator").GetString());
        Assert.Equal("秒", target.GetProperty("unit").GetString());
    }

    [Theory]
    [InlineData(3, "2022-12-31", false)]
    [InlineData(4, "--12-31", false)]
    [InlineData(5, "2021-12-31", true)]
    public void Serialize_Deadline_WritesIsoDateAndExcelSerialFlag(int indicator, string value, bool excelSerial)
    {
        var target = TargetOf(Write(TypedDeclarations.EveryKind()), indicator);

        Assert.Equal("deadline", target.GetProperty("kind").GetString());
        Assert.Equal(value, target.GetProperty("value").GetString());
        Assert.Equal(excelSerial, target.TryGetProperty("excelSerial", out var flag) && flag.GetBoolean());
    }

    [Fact]
    public void Serialize_Period_WritesIsoInterval()
    {
        var target = TargetOf(Write(TypedDeclarations.EveryKind()), 6);

        Assert.Equal("period", target.GetProperty("kind").GetString());
        Assert.Equal("2023-07-01/2024-01-31", target.GetProperty("value").GetString());
    }

    [Fact]
    public void Serialize_Qualitative_WritesGradeVagueAndRecognizedOnlyWhenTheyApply()
    {
        var root = Write(TypedDeclarations.EveryKind());

        var grade = TargetOf(root, 7);
        Assert.Equal("qualitative", grade.GetProperty("kind").GetString());
        Assert.Equal("优", grade.GetProperty("grade").GetString());
        Assert.False(grade.TryGetProperty("vague", out _));
        Assert.False(grade.TryGetProperty("recognized", out _));
        Assert.True(TargetOf(root, 8).GetProperty("vague").GetBoolean());
        Assert.False(TargetOf(root, 9).GetProperty("recognized").GetBoolean());
    }

    [Fact]
    public void Serialize_MissingTarget_WritesKindOnly()
    {
        var target = TargetOf(Write(TypedDeclarations.EveryKind()), 10);

        Assert.Equal(["kind"], target.EnumerateObject().Select(p => p.Name));
        Assert.Equal("missing", target.GetProperty("kind").GetString());
    }

    [Fact]
    public void Serialize_TargetWithWrittenText_WritesTextFirst()
    {
        var parsed = TargetValue.Parse("2022年12 月31日前", new TargetContext(IndicatorTaxonomy.Timeliness));
        var d = new Declaration { Indicators = [TypedDeclarations.Indicator("产出指标", "时效指标", "资金拨付及时性", parsed)] };

        var target = TargetOf(Write(d), 0);

        Assert.Equal("text", target.EnumerateObject().First().Name);
        Assert.Equal("2022年12 月31日前", target.GetProperty("text").GetString());
    }
}
