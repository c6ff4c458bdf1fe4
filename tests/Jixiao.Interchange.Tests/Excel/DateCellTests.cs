using Jixiao.Interchange.Excel.Reading;

namespace Jixiao.Interchange.Tests.Excel;

/// Dates typed as text in a workbook's basic-information cells.
public class DateCellTests
{
    [Theory]
    [InlineData("2022年1月19日")]
    [InlineData("２０２２年１月１９日")]   // full-width digits, as a Chinese input method types them in WPS
    [InlineData("２０２２-０１-１９")]
    [InlineData("20220119")]
    [InlineData("2022-01-19 00:00:00")]       // a date cell saved as text, with its time
    [InlineData("二〇二二年一月十九日")]          // as a stamp dates it: the text forms' rule, read here too
    public void ParseDate_SpellingsOfOneDay_AllReadAsIt(string text) =>
        Assert.Equal(new DateOnly(2022, 1, 19), FormSheetReader.ParseDate(text));

    [Theory]
    [InlineData("2022年2月30日")]
    [InlineData("2022年1月")]
    [InlineData("١٢٣٤-01-19")]   // digits of another script: not a date here, and no crash
    public void ParseDate_NotADay_IsNull(string text) => Assert.Null(FormSheetReader.ParseDate(text));
}
