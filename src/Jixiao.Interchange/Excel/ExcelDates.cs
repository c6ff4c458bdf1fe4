namespace Jixiao.Interchange.Excel;

/// Excel's date serials: days since 1899-12-30 (the 1900 date system, whose serials from 61 on are right), or since
/// 1904-01-01 in workbooks saved with the 1904 date system.
internal static class ExcelDates
{
    private static readonly DateOnly Base1900 = new(1899, 12, 30);
    private static readonly DateOnly Base1904 = new(1904, 1, 1);

    public static int ToSerial(DateOnly date) => date.DayNumber - Base1900.DayNumber;

    /// The date of a serial, or null when it lies outside the years a form can mean (1900–9999).
    public static DateOnly? FromSerial(decimal serial, bool date1904 = false)
    {
        if (serial < 1 || serial > 2_958_465) return null;
        var days = (int)decimal.Floor(serial);
        // 1900 system: serial 60 is the non-existent 1900-02-29 Excel keeps for Lotus compatibility.
        if (!date1904 && days < 61) return days == 60 ? null : Base1900.AddDays(days + 1);
        var date = (date1904 ? Base1904 : Base1900).AddDays(days);
        return date.Year <= 9999 ? date : null;
    }
}
