namespace Jixiao.Domain.Indicators;

/// Reads a target value as written on real forms (domain notes §4) into a typed <see cref="TargetValue"/>.
public static class TargetParser
{
    public static TargetValue Parse(string? text, TargetContext context = default)
    {
        _ = context;
        if (string.IsNullOrWhiteSpace(text)) return MissingTarget.Instance;
        var trimmed = text.Trim();
        // TODO(parser): the full grammar; this placeholder keeps everything as a phrase.
        return new QualitativeTarget(trimmed) { Text = trimmed };
    }
}
