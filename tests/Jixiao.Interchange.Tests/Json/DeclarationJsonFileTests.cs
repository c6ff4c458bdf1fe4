using System.Text;
using Jixiao.Domain.Indicators;
using Jixiao.Interchange.Json;

namespace Jixiao.Interchange.Tests.Json;

public class DeclarationJsonFileTests
{
    [Fact]
    public void ReadFile_Seed_ReadsHeaderBudgetAndEveryIndicator()
    {
        var result = DeclarationJson.ReadFile(TypedDeclarations.SeedJson);
        var d = result.Declaration;

        Assert.Empty(result.Findings);
        Assert.Equal("2022 年市大数据发展专项资金", d.ProjectName);
        Assert.Equal("南昌市政务服务数据管理局", d.Department);
        Assert.Equal(new DateOnly(2022, 1, 19), d.FiledOn);
        Assert.Equal(13857.29m, d.Budget.Total?.Value);
        Assert.Equal(91, d.Indicators.Count);
        Assert.Equal(
            [IndicatorTaxonomy.Quantity, IndicatorTaxonomy.Quality, IndicatorTaxonomy.Timeliness, IndicatorTaxonomy.OutputCost,
             IndicatorTaxonomy.Economic, IndicatorTaxonomy.Social, IndicatorTaxonomy.Ecological, IndicatorTaxonomy.Sustainable,
             IndicatorTaxonomy.ServiceSatisfaction],
            d.Indicators.Select(i => i.Level2).Distinct());
        Assert.Equal("2022年12 月31日前", d.Indicators.First(i => i.Name == "新开工项目完成及时性").Target.Text);
        Assert.Same(MissingTarget.Instance, d.Indicators.First(i => i.Name == "改善工作服务环境").Target);
    }

    [Theory]
    [InlineData("projectName", "\"projectName\"")]
    [InlineData("budget.total", "\"total\"")]
    [InlineData("indicators[90].target", "\"target\"")]
    [InlineData("fundSources[0].children[0].children[1].currentYear", "\"currentYear\"")]
    public void ReadFile_Seed_SourcesGiveTheLineOfEachMember(string location, string expectedOnLine)
    {
        var result = DeclarationJson.ReadFile(TypedDeclarations.SeedJson);
        var lines = File.ReadAllLines(TypedDeclarations.SeedJson);

        var line = result.Sources.Find(location)?.Line;

        Assert.NotNull(line);
        Assert.Contains(expectedOnLine, lines[line.Value - 1]);
    }

    [Fact]
    public void ReadFile_Seed_IndicatorLineIsWhereItsObjectOpens()
    {
        var result = DeclarationJson.ReadFile(TypedDeclarations.SeedJson);
        var lines = File.ReadAllLines(TypedDeclarations.SeedJson);

        var line = result.Sources.Find("indicators[1]")!.Value.Line!.Value;

        Assert.Equal("{", lines[line - 1].Trim());
        Assert.Contains("南昌市第一、第二看守所", lines[line + 2]);
    }

    [Fact]
    public void ReadFile_ValuesThatMeanNothing_BecomeErrorFindingsWithTheirLines()
    {
        var result = DeclarationJson.ReadFile(TypedDeclarations.WithErrorsJson);
        var lines = File.ReadAllLines(TypedDeclarations.WithErrorsJson);

        Assert.Equal(
            ["projectTypes[1]", "indicators[1].direction", "indicators[2].target.value", "indicators[4].target.value", "reviews[0].stage"],
            result.Findings.Select(f => f.Location));
        var direction = result.Findings[1];
        Assert.Contains("\"direction\": \"up\"", lines[direction.Line!.Value - 1]);
        Assert.Contains("「up」", direction.Message);
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-missing-{Guid.NewGuid():N}.json");

        var ex = Assert.Throws<FormReadException>(() => DeclarationJson.ReadFile(path));

        Assert.Equal(path, ex.FileName);
        Assert.Equal($"无法读取文件「{path}」：文件不存在", ex.Message);
    }

    [Fact]
    public void ReadFile_Malformed_ThrowsNamingFileAndLine()
    {
        var ex = Assert.Throws<FormReadException>(() => DeclarationJson.ReadFile(TypedDeclarations.MalformedJson));

        Assert.Contains("malformed.json", ex.Message);
        Assert.Contains("不是合法的 JSON（第 4 行附近", ex.Message);
    }

    [Fact]
    public void ReadFile_TargetWrittenAsString_ThrowsNamingPath()
    {
        var ex = Assert.Throws<FormReadException>(() => DeclarationJson.ReadFile(TypedDeclarations.WrongTypeJson));

        Assert.Contains("wrong-type.json", ex.Message);
        Assert.Contains("indicators[0].target: 应为对象（第 10 行）", ex.Message);
    }

    [Fact]
    public void ReadFile_WithByteOrderMark_ReadsNormally()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-bom-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "projectName": "大数据专项" }""", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            Assert.Equal("大数据专项", DeclarationJson.ReadFile(path).Declaration.ProjectName);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_NotUtf8_ThrowsSayingSo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-gbk-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, [(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xC4, 0xCF, 0xB2, 0xFD, (byte)'"', (byte)'}']);
        try
        {
            var ex = Assert.Throws<FormReadException>(() => DeclarationJson.ReadFile(path));

            Assert.Contains("UTF-8", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
