using System.Globalization;

namespace Jixiao.Domain.Budget;

/// An amount in 万元 (ten thousand yuan), the unit of every amount on the form.
/// Parsing and formatting are culture-invariant: the machine's locale must never change an amount.
public readonly record struct WanYuan(decimal Value) : IComparable<WanYuan>
{
    public static readonly WanYuan Zero = new(0m);

    public static WanYuan Parse(string text) =>
        new(decimal.Parse(text.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out WanYuan amount)
    {
        amount = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var cleaned = text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return false;
        amount = new WanYuan(value);
        return true;
    }

    /// Two decimals, as printed on the form: 13857.29.
    public override string ToString() => Value.ToString("0.00", CultureInfo.InvariantCulture);

    public int CompareTo(WanYuan other) => Value.CompareTo(other.Value);

    public static WanYuan operator +(WanYuan a, WanYuan b) => new(a.Value + b.Value);
    public static WanYuan operator -(WanYuan a, WanYuan b) => new(a.Value - b.Value);
    public static bool operator >(WanYuan a, WanYuan b) => a.Value > b.Value;
    public static bool operator <(WanYuan a, WanYuan b) => a.Value < b.Value;
    public static bool operator >=(WanYuan a, WanYuan b) => a.Value >= b.Value;
    public static bool operator <=(WanYuan a, WanYuan b) => a.Value <= b.Value;
}
