using System.Text.Json;
using Jixiao.Domain.Checks;
using Jixiao.Interchange.Json;

namespace Jixiao.Interchange.Tests.Json;

public class FindingJsonTests
{
    private static readonly Finding[] Findings =
    [
        Finding.Error("MISSING_VALUE", "indicators[12].target", "指标值未填写") with { Line = 107 },
        Finding.Warning("QUANTITY_IN_NAME", "indicators[3]", "指标名称中含有数量「1个」，指标值却是 100%") with
        {
            Suggestion = "把数量移到指标值：=1个",
            Fix = new Fix("indicators[3]", "南昌市疫情防控大数据管理平台建设", "=1个"),
            Cell = "Sheet1!D23",
        },
        new Finding("UNPLACED_CELL", Severity.Info, "", "第 3 行的单元格无法归入任何栏目"),
    ];

    [Fact]
    public void Serialize_Findings_WritesTheEightDocumentedMembersInOrder()
    {
        var array = JsonDocument.Parse(FindingJson.Serialize(Findings)).RootElement;

        Assert.Equal(3, array.GetArrayLength());
        Assert.All(array.EnumerateArray(), f => Assert.Equal(
            ["code", "severity", "location", "message", "suggestion", "fix", "line", "cell"], f.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["error", "warning", "info"], array.EnumerateArray().Select(f => f.GetProperty("severity").GetString()));
    }

    [Fact]
    public void Serialize_Fix_WritesLocationNameAndTargetText()
    {
        var fix = JsonDocument.Parse(FindingJson.Serialize(Findings)).RootElement[1].GetProperty("fix");

        Assert.Equal("indicators[3]", fix.GetProperty("location").GetString());
        Assert.Equal("南昌市疫情防控大数据管理平台建设", fix.GetProperty("name").GetString());
        Assert.Equal("=1个", fix.GetProperty("target").GetString());
    }

    [Fact]
    public void Serialize_UnknownParts_AreNull()
    {
        var first = JsonDocument.Parse(FindingJson.Serialize(Findings)).RootElement[0];

        Assert.Equal(JsonValueKind.Null, first.GetProperty("suggestion").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("fix").ValueKind);
        Assert.Equal(107, first.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("cell").ValueKind);
    }

    [Fact]
    public void RoundTrip_Findings_GivesEqualFindings()
    {
        Assert.Equal(Findings, FindingJson.Deserialize(FindingJson.Serialize(Findings)));
    }

    [Fact]
    public void Deserialize_UnknownSeverity_NamesThePath()
    {
        var ex = Assert.Throws<JsonReadException>(() => FindingJson.Deserialize("""[ { "code": "X", "severity": "fatal" } ]"""));

        Assert.Equal("[0].severity: 应为 info、warning、error 之一", ex.Message);
    }

    [Fact]
    public void Deserialize_NotAnArray_SaysSo()
    {
        var ex = Assert.Throws<JsonReadException>(() => FindingJson.Deserialize("""{ "findings": [] }"""));

        Assert.StartsWith("JSON 顶层应为数组", ex.Message);
    }
}
