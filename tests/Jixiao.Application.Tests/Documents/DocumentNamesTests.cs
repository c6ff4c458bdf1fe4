using Jixiao.Application.Documents;

namespace Jixiao.Application.Tests.Documents;

public class DocumentNamesTests
{
    [Theory]
    [InlineData("2022 年市大数据发展专项资金", "2022年市大数据发展专项资金")]
    [InlineData("  Smart   City 项目 ", "Smart City项目")]
    [InlineData("../../etc/passwd", "etc_passwd")]
    [InlineData("a\\b:c*d?e\"f<g>h|i", "a_b_c_d_e_f_g_h_i")]
    [InlineData("名称\t带\n控制\u0001字符", "名称带控制字符")]
    [InlineData("...", "未命名项目")]
    [InlineData(null, "未命名项目")]
    public void Safe_AnyProjectName_IsOneFileNameWithoutPathOrForbiddenCharacters(string? name, string expected) =>
        Assert.Equal(expected, DocumentNames.Safe(name));

    [Fact]
    public void Safe_VeryLongName_IsCutWithoutSplittingACharacter()
    {
        var name = new string('项', 59) + "𠀀𠀀";   // a character outside the BMP straddles the limit

        var safe = DocumentNames.Safe(name);

        Assert.Equal(new string('项', 59), safe);
    }

    [Fact]
    public void Declaration_EarlierVersionAndEntry_AreNamedAsPeopleFileThem()
    {
        Assert.Equal("项目-申报表-第2版.pdf", DocumentNames.Declaration("项目", ExportFormat.Pdf, 2));
        Assert.Equal("012-项目-申报表.xlsx", DocumentNames.Entry(12, "项目", ExportFormat.Xlsx));
        Assert.Equal(("申报表导出-2022年-南昌市教育局.zip", "declarations-2022.zip"), DocumentNames.Bulk(2022, "南昌市教育局"));
    }
}
