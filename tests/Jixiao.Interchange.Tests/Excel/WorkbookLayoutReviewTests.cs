using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Tests.Excel;

/// Review of the text reader reading workbooks in other regions' layouts (SheetReading, SheetRows,
/// FormWorkbookReader's choice of sheet): workbooks as budget units fill them in Excel or WPS.
public sealed class WorkbookLayoutReviewTests
{
    private static ReadResult Read(byte[] book) => FormFile.Read(book, "x.xlsx");

    /// A form in another region's layout (no 项目预算资金来源构成): read by the text reader.
    private static ForeignWorkbook Form(string sheet = "Sheet1") => new ForeignWorkbook().Sheet(sheet)
        .Row(1, 1, "2023年项目支出绩效目标表")
        .Row(2, 1, "项目名称", "农村饮水安全巩固提升工程")
        .Row(3, 1, "主管部门", "某县水利局")
        .Row(4, 1, "一级指标", "二级指标", "三级指标", "指标值")
        .Row(5, 1, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处");

    // User sees: "读取时发生内部错误，请把此文件反馈给系统管理员" — a cell holding only a zero-width space (pasted from a web page) crashes the reader.
    [Fact]
    public void CellWithOnlyAZeroWidthSpace_InTheFirstColumn_DoesNotCrashTheReader()
    {
        var book = Form().Text(6, 1, "\u200B").Row(6, 2, "质量指标", "水质达标率", "≥95%").Save();

        var result = Read(book);

        Assert.Equal(["改造集中供水工程数量", "水质达标率"], result.Declaration.Indicators.Select(i => i.Name));
    }

    // User sees: an empty-looking value cell imported as a qualitative target made of an invisible character, not a missing value.
    [Fact]
    public void CellWithOnlyAZeroWidthSpace_AsTheValue_IsAMissingValue()
    {
        var book = Form().Row(6, 2, "质量指标", "水质达标率", "\u200B").Save();

        var indicator = Read(book).Declaration.Indicators[1];

        Assert.Equal("水质达标率", indicator.Name);
        Assert.IsType<MissingTarget>(indicator.Target);
    }

    // User sees: 项目名称 "农村饮水工程主管部门：某县水利局" and no 主管部门, when both were typed into one cell with Alt+Enter.
    [Fact]
    public void TwoLabelsTypedIntoOneCell_OnTwoLines_AreTwoFields()
    {
        var book = new ForeignWorkbook().Sheet("Sheet1")
            .Row(1, 1, "项目名称：农村饮水工程\n主管部门：某县水利局")
            .Row(2, 1, "项目负责人：张三\n联系电话：13800000000")
            .Row(3, 1, "一级指标", "二级指标", "三级指标", "指标值")
            .Row(4, 1, "产出指标", "数量指标", "改造集中供水工程数量", "≥12处")
            .Save();

        var d = Read(book).Declaration;

        Assert.Equal(("农村饮水工程", "某县水利局"), (d.ProjectName, d.Department));
        Assert.Equal(("张三", "13800000000"), (d.ProjectLead, d.ContactPhone));
    }

    // User sees: a deadline shown in Excel as "2023年12月" (typed 2023年12月, formatted yyyy"年"m"月") imported as 2023年12月1日.
    [Theory]
    [InlineData("yyyy\"年\"m\"月\"", 0u)]
    [InlineData(null, 57u)]            // the built-in 年月 format of Chinese Excel and WPS
    public void DateCellShownAsAMonth_IsThatMonth_NotItsFirstDay(string? formatCode, uint builtIn)
    {
        var book = Form().Row(6, 2, "时效指标", "工程完工时间").Number(6, 4, 45261).Save();    // 2023-12-01
        book = WithNumberFormat(book, "D6", formatCode, builtIn);

        var target = Read(book).Declaration.Indicators[1].Target;

        Assert.Equal("2023年12月", target.Text);
        Assert.True(TargetValue.Parse("2023年12月", new TargetContext(IndicatorTaxonomy.Timeliness)).SameValueAs(target));
    }

    // User sees: a custom-formatted number shown as "≥95%" imported as "95%" (the operator is lost: = instead of ≥).
    [Fact]
    public void NumberWithAnOperatorInItsFormat_IsReadAsShown()
    {
        var book = WithNumberFormat(Form().Row(6, 2, "质量指标", "水质达标率").Number(6, 4, 0.95).Save(), "D6", "\"≥\"0%", 0);

        var target = Read(book).Declaration.Indicators[1].Target;

        Assert.Equal("≥95%", target.Text);
    }

    // User sees: 起始日期 / 结束日期 typed as dates in cells formatted as numbers (44927) reported "不是可识别的日期" and left blank;
    // the label reader, which read these sheets before, reads such a serial as its date.
    [Fact]
    public void StartAndEndDates_AsDateSerialsInNumberCells_AreDates()
    {
        var book = Form().Row(7, 1, "起始日期", 44927, "结束日期", 45291).Save();

        var d = Read(book).Declaration;

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (d.StartDate, d.EndDate));
    }

    // User sees: 项目起止时间 typed as two date cells (2023/1/1 至 2023/12/31) reported unreadable, both dates dropped.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ProjectPeriod_TypedAsTwoDateCells_IsThePeriod(bool withZhi)
    {
        var book = Form().Text(7, 1, "项目起止时间").Number(7, 2, 44927, ForeignWorkbook.SlashDate);
        if (withZhi) book.Text(7, 3, "至").Number(7, 4, 45291, ForeignWorkbook.SlashDate);
        else book.Number(7, 3, 45291, ForeignWorkbook.SlashDate);

        var result = Read(book.Save());

        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), (result.Declaration.StartDate, result.Declaration.EndDate));
        Assert.Empty(result.Findings);
    }

    // User sees: 项目名称 "填写项目全称。" — a form not yet given its indicators, after an instructions sheet, is read from the instructions.
    [Fact]
    public void InstructionsSheetFirst_AndAFormWithoutIndicatorsYet_ReadsTheForm()
    {
        var book = new ForeignWorkbook()
            .Sheet("填表说明").Row(1, 1, "项目名称：填写项目全称。").Row(2, 1, "主管部门：填写主管部门全称。")
            .Sheet("绩效目标表").Row(1, 1, "2024年项目支出绩效目标表").Row(2, 1, "项目名称", "农村饮水工程").Row(3, 1, "主管部门", "某县水利局")
            .Row(4, 1, "年度总体目标", "完成12处集中供水工程改造。")
            .Save();

        var d = Read(book).Declaration;

        Assert.Equal(("农村饮水工程", "某县水利局"), (d.ProjectName, d.Department));
    }

    // User sees: the indicators and empty name of a hidden sheet (an old copy) instead of the visible form not yet given its indicators.
    [Fact]
    public void HiddenSheetWithIndicators_DoesNotWinOverTheVisibleForm()
    {
        var book = new ForeignWorkbook()
            .Sheet("2023年（旧）").Row(1, 1, "项目名称", "去年的项目").Row(2, 1, "一级指标", "二级指标", "三级指标", "指标值")
            .Row(3, 1, "产出指标", "数量指标", "去年的指标", "≥1个")
            .Sheet("绩效目标表").Row(1, 1, "项目名称", "农村饮水工程").Row(2, 1, "主管部门", "某县水利局")
            .Save();
        book = Hide(book, "2023年（旧）");

        var d = Read(book).Declaration;

        Assert.Equal("农村饮水工程", d.ProjectName);
        Assert.Empty(d.Indicators);
    }

    // User sees: a note typed right of the table (H6 "已核实") turns the row into indicator "≥95%" with value "已核实"; the name is dropped.
    [Fact]
    public void CellRightOfTheTable_DoesNotShiftTheRowsNameAndValue()
    {
        var book = Form().Row(6, 2, "质量指标", "水质达标率", "≥95%").Text(6, 8, "已核实").Save();

        var indicator = Read(book).Declaration.Indicators[1];

        Assert.Equal(("质量指标", "水质达标率", "≥95%"), (indicator.Level2, indicator.Name, indicator.Target.Text));
    }

    private static byte[] Hide(byte[] book, string sheet)
    {
        using var stream = new MemoryStream();
        stream.Write(book);
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!.Workbook;
            workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).State = SheetStateValues.Hidden;
            workbook.Save();
        }
        return stream.ToArray();
    }

    /// Gives the cell a number format: a custom <paramref name="formatCode"/>, or else the built-in format <paramref name="builtIn"/>.
    private static byte[] WithNumberFormat(byte[] book, string cellRef, string? formatCode, uint builtIn)
    {
        using var stream = new MemoryStream();
        stream.Write(book);
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
            var id = formatCode is null ? builtIn : 180u;
            if (formatCode is not null) styles.NumberingFormats!.Append(new NumberingFormat { NumberFormatId = id, FormatCode = formatCode });
            styles.CellFormats!.Append(new CellFormat { NumberFormatId = id, ApplyNumberFormat = true });
            var style = (uint)styles.CellFormats.Elements<CellFormat>().Count() - 1;
            styles.Save();
            foreach (var part in document.WorkbookPart.WorksheetParts)
            {
                foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellReference == cellRef)) cell.StyleIndex = style;
                part.Worksheet.Save();
            }
        }
        return stream.ToArray();
    }
}
