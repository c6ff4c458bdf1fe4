using System.Text.Json;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Json;

namespace Jixiao.Interchange.Tests.Json;

/// A change ("提高5%", "change") and daily hours ("每日6:00-23:00", a period with times) in the JSON contract
/// (docs/json.md, "Target value"): written with their typed members, read back from text or from the members alone.
public class ChangeAndDailyHoursJsonTests
{
    private static Declaration With(params TargetValue[] targets) => new()
    {
        Indicators = [.. targets.Select(t => new Indicator { Level1 = "效益指标", Level2 = "社会效益指标", Name = "开放时间", Target = t })],
    };

    private static JsonElement TargetWritten(TargetValue target) =>
        JsonDocument.Parse(DeclarationJson.Serialize(With(target))).RootElement.GetProperty("indicators")[0].GetProperty("target").Clone();

    private static TargetValue TargetRead(string targetJson) =>
        DeclarationJson.Deserialize($$"""{ "indicators": [ { "target": {{targetJson}} } ] }""").Indicators[0].Target;

    [Fact]
    public void Serialize_Change_WritesQuantityWithChange()
    {
        var target = TargetWritten(TargetValue.Parse("较上年度增长10%以上"));

        Assert.Equal("quantity", target.GetProperty("kind").GetString());
        Assert.Equal("≥", target.GetProperty("operator").GetString());
        Assert.Equal(10m, target.GetProperty("value").GetDecimal());
        Assert.Equal("%", target.GetProperty("unit").GetString());
        Assert.Equal("increase", target.GetProperty("change").GetString());
    }

    [Fact]
    public void Serialize_Level_WritesNoChange()
    {
        Assert.False(TargetWritten(TargetValue.Parse("≥95%")).TryGetProperty("change", out _));
    }

    [Theory]
    [InlineData("每日6:00-23:00", "06:00/23:00", false)]
    [InlineData("工作日8:30-17:30", "08:30/17:30", true)]
    [InlineData("全天24小时", "00:00/24:00", false)]
    public void Serialize_DailyHours_WritesPeriodOfTimes(string text, string value, bool workingDays)
    {
        var target = TargetWritten(TargetValue.Parse(text));

        Assert.Equal("period", target.GetProperty("kind").GetString());
        Assert.Equal(value, target.GetProperty("value").GetString());
        Assert.Equal(workingDays, target.TryGetProperty("workingDays", out var flag) && flag.GetBoolean());
    }

    [Fact]
    public void Deserialize_ChangeWithoutText_IsBuiltFromTypedMembers()
    {
        var target = TargetRead("""{ "kind": "quantity", "operator": "=", "value": 0.05, "unit": "", "change": "increase" }""");

        Assert.Equal(new QuantityTarget(Comparison.Equal, 0.05m, "") { Change = TargetChange.Increase }, target);
    }

    [Fact]
    public void Deserialize_UnknownChange_IsReported()
    {
        var error = Assert.Throws<JsonReadException>(() =>
            TargetRead("""{ "kind": "quantity", "value": 5, "unit": "%", "change": "sideways" }"""));

        Assert.Contains("change", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DailyHoursWithoutText_IsBuiltFromTimes()
    {
        var target = TargetRead("""{ "kind": "period", "value": "08:30/17:30", "workingDays": true }""");

        Assert.Equal(new DailyHoursTarget(new TimeSpan(8, 30, 0), new TimeSpan(17, 30, 0)) { WorkingDaysOnly = true }, target);
    }

    [Theory]
    [InlineData("提高0.05")]
    [InlineData("降低2个百分点")]
    [InlineData("每日6:00-23:00")]
    [InlineData("工作日8:30-17:30")]
    public void RoundTrip_TextAndTypedMembersOnly_GiveTheSameValue(string text)
    {
        var declaration = With(TargetValue.Parse(text));
        var built = TargetValue.Parse(text) switch
        {
            QuantityTarget q => (TargetValue)(q with { Text = "" }),
            DailyHoursTarget h => h with { Text = "" },
            var other => other,
        };

        Assert.Equal(declaration, DeclarationJson.Deserialize(DeclarationJson.Serialize(declaration)));
        Assert.Equal(With(built), DeclarationJson.Deserialize(DeclarationJson.Serialize(With(built))));
    }
}
