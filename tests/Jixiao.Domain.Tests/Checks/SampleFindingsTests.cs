using System.Text;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Interchange;
using Jixiao.Testing;
using Jixiao.Testing.Builders;

namespace Jixiao.Domain.Tests.Checks;

/// Every finding of a few whole forms pinned at once — code, severity, location, message, suggestion, fix and order —
/// so that work on the checker's speed cannot change what it says. The forms are built in code or read from JSON,
/// not from the text reader, so that a change to the reader does not show up here. A difference fails and keeps the
/// new findings beside the expected ones to compare.
public class SampleFindingsTests
{
    [Fact]
    public void SeedAsPrinted_FindsThePinnedFindings() =>
        AssertPinned("seed-as-printed", A.SeedAsPrinted().Build());

    [Fact]
    public void JsonWithErrors_FindsThePinnedFindings() =>
        AssertPinned("with-errors-json", Read("with-errors.json"));

    private static Declaration Read(string fileName) =>
        FormFile.Read(Path.Combine(Samples.Root, "samples", "test-forms", "json", fileName)).Declaration;

    private static void AssertPinned(string name, Declaration declaration)
    {
        var actual = Describe(DeclarationChecker.Run(declaration));
        var expected = File.ReadAllText(Path.Combine(Samples.Root, "tests", "Jixiao.Domain.Tests", "Checks", "Expected", name + ".findings.txt"));
        if (actual == expected.Replace("\r\n", "\n", StringComparison.Ordinal)) return;
        var kept = Path.Combine(Samples.Root, "test-output", name + ".findings.actual.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.WriteAllText(kept, actual);
        Assert.Fail($"The findings of {name} changed; compare {kept} with the expected file.");
    }

    /// One block per finding, every member on a line of its own, in the order the checker returned them.
    private static string Describe(IReadOnlyList<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var f in findings)
        {
            text.Append(f.Code).Append(' ').Append(f.Severity).Append(' ').Append(f.Location).Append('\n');
            text.Append("  message: ").Append(f.Message).Append('\n');
            if (f.Suggestion is not null) text.Append("  suggestion: ").Append(f.Suggestion).Append('\n');
            if (f.Fix is { } fix)
                text.Append("  fix: ").Append(fix.Location).Append(" name=").Append(fix.Name ?? "(none)")
                    .Append(" target=").Append(fix.TargetText ?? "(none)").Append('\n');
            if (f.Line is not null || f.Cell is not null) text.Append("  source: ").Append(f.Line).Append(' ').Append(f.Cell).Append('\n');
        }
        return text.ToString();
    }
}
