using System.Globalization;

namespace Jixiao.Domain.Checks;

/// How a message names an indicator row: 「its name」, or 第N条指标 when it has none. It writes itself straight into
/// the message being built (an interpolated string calls <see cref="TryFormat"/>), so naming the row in a message
/// makes no string of its own: the checker names a row in nearly every finding.
internal readonly struct RowLabel(int index, string name) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (FormText.IsBlank(name)) return destination.TryWrite(CultureInfo.InvariantCulture, $"第{index + 1}条指标", out charsWritten);
        var trimmed = FormText.Trim(name);
        charsWritten = 0;
        if (destination.Length < trimmed.Length + 2) return false;
        destination[0] = '「';
        trimmed.CopyTo(destination[1..]);
        destination[trimmed.Length + 1] = '」';
        charsWritten = trimmed.Length + 2;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => FormText.IsBlank(name)
        ? string.Create(CultureInfo.InvariantCulture, $"第{index + 1}条指标")
        : $"「{name.Trim()}」";
}
