using Jixiao.Domain.Indicators;

namespace Jixiao.Testing.Builders;

/// Where test data starts: A.Declaration() is valid (the checker finds nothing in it), so a test changes only what
/// it is about. A.SeedAsPrinted() is the sample form as a reader should read it, defects included.
public static class A
{
    /// The Nanchang 2022 big-data fund form, with a short indicator table in good form: no finding at all.
    public static DeclarationBuilder Declaration() => new(SeedForm.Valid());

    /// The Nanchang 2022 big-data fund form as printed: all 91 indicators with their values as the form writes them
    /// (quantities in the names, "100%" everywhere, two values missing).
    public static DeclarationBuilder SeedAsPrinted() => new(SeedForm.AsPrinted());

    /// One indicator row (三级指标) under the given level 1 and level 2.
    public static Indicator Indicator(string level1, string level2, string name, TargetValue target) =>
        new() { Level1 = level1, Level2 = level2, Name = name, Target = target };
}
