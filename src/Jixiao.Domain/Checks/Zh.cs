using System.Globalization;
using Jixiao.Domain.Budget;

namespace Jixiao.Domain.Checks;

/// How messages write numbers, amounts and dates: culture-invariant, the way the form prints them.
internal static class Zh
{
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Amount(WanYuan amount) => amount.ToString() + " 万元";

    public static string Amount(decimal wanYuan) => new WanYuan(wanYuan).ToString() + " 万元";
}
