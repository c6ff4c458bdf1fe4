using System.Text;
using System.Text.Json;
using Jixiao.Application.Seals;
using Jixiao.Testing;

namespace Jixiao.Application.Tests.Seals;

public class ContentDigestTests
{
    [Fact]
    public void Of_SimpleObject_IsSm3OfTheCanonicalText()
    {
        var canonical = "{\"a\":\"项目\\n名称\",\"b\":[1,12.50,true,null],\"c\":{\"x\":-1e3}}";

        var digest = ContentDigest.Of("{ \"c\": { \"x\": -1e3 },\n  \"b\": [1, 12.50, true, null], \"a\": \"\\u9879\\u76ee\\n名称\" }");

        Assert.Equal(Sm3.DigestHex(Encoding.UTF8.GetBytes(canonical)), digest);
    }

    [Fact]
    public void Of_SameDocumentReorderedAndReindented_SameDigest()
    {
        var compact = "{\"projectName\":\"大数据产业发展\",\"budget\":{\"total\":500.00,\"thisYear\":300.00},\"indicators\":[{\"name\":\"数量\",\"target\":\"≥90%\"}]}";
        var pretty = "{\n  \"indicators\": [ { \"target\": \"\\u226590%\", \"name\": \"数量\" } ],\n  \"budget\": { \"thisYear\": 300.00, \"total\": 500.00 },\n  \"projectName\": \"大数据产业发展\"\n}";

        Assert.Equal(ContentDigest.Of(compact), ContentDigest.Of(pretty));
    }

    [Theory]
    [InlineData("{\"total\":500.01,\"name\":\"大数据\",\"items\":[1,2]}")]
    [InlineData("{\"total\":500.0,\"name\":\"大数据\",\"items\":[1,2]}")]
    [InlineData("{\"total\":500.00,\"name\":\"大数 据\",\"items\":[1,2]}")]
    [InlineData("{\"total\":500.00,\"name\":\"大数据\",\"items\":[2,1]}")]
    [InlineData("{\"total\":500.00,\"Name\":\"大数据\",\"items\":[1,2]}")]
    [InlineData("{\"total\":\"500.00\",\"name\":\"大数据\",\"items\":[1,2]}")]
    public void Of_AnyValueChanged_DifferentDigest(string changed)
    {
        var original = "{\"total\":500.00,\"name\":\"大数据\",\"items\":[1,2]}";

        Assert.NotEqual(ContentDigest.Of(original), ContentDigest.Of(changed));
    }

    [Fact]
    public void Of_DuplicateMember_Throws() =>
        Assert.ThrowsAny<JsonException>(() => ContentDigest.Of("{\"a\":1,\"a\":2}"));

    [Fact]
    public void Of_NotJson_Throws() =>
        Assert.ThrowsAny<JsonException>(() => ContentDigest.Of("大数据"));

    [Fact]
    public void Of_SampleFormAsJson_IsStableAcrossSerializerLayouts()
    {
        var text = File.ReadAllText(Samples.NanchangSeed);
        var asJson = JsonSerializer.Serialize(new { sample = text, lines = text.Split('\n') });
        var indented = JsonSerializer.Serialize(JsonDocument.Parse(asJson).RootElement, new JsonSerializerOptions { WriteIndented = true });

        var digest = ContentDigest.Of(asJson);

        Assert.Matches("^[0-9a-f]{64}$", digest);
        Assert.Equal(digest, ContentDigest.Of(indented));
    }
}
