namespace Jixiao.Domain.Indicators;

/// Reads the target values (指标值) of one form. A form repeats a few texts row after row ("100%" under every level 2),
/// and a text whose value no row can change (<see cref="TargetParser.Parse(string?, TargetContext, out bool)"/>) is
/// read once: its rows share the value, which is immutable. Made for one form and dropped with it, so a form read
/// twice is read twice.
public sealed class TargetReader
{
    // A handful of texts, searched in order and replaced in turn: a form has few distinct values that repeat, and a
    // short list is cheaper to search (and to make) than a dictionary.
    private const int Slots = 8;
    private (string Text, TargetValue Value)[]? _read;
    private int _count;
    private int _next;

    /// The value of <paramref name="text"/> in <paramref name="context"/>, as <see cref="TargetParser.Parse(string?, TargetContext)"/> gives it.
    public TargetValue Parse(string? text, TargetContext context)
    {
        if (text is null) return MissingTarget.Instance;
        var read = _read ??= new (string, TargetValue)[Slots];
        for (var i = 0; i < _count; i++)
            if (string.Equals(read[i].Text, text, StringComparison.Ordinal)) return read[i].Value;
        var value = TargetParser.Parse(text, context, out var readsContext);
        if (readsContext) return value;
        read[_next] = (text, value);
        _next = (_next + 1) % Slots;
        if (_count < Slots) _count++;
        return value;
    }
}
