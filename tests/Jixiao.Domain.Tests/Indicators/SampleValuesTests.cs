using Jixiao.Domain.Indicators;
using Jixiao.Testing;

namespace Jixiao.Domain.Tests.Indicators;

/// The values of the real Nanchang form (samples/nanchang-2022-big-data-fund.txt), read straight from the file.
public class SampleValuesTests
{
    [Fact]
    public void Parse_EveryValueOfTheNanchangForm_IsAQuantityOrDeadline()
    {
        var values = NanchangValueCells();

        Assert.Equal(["0%", "100%", "2022年12 月31日前", "2022年12月31日前", "≥90%", "≥95%"], values.Order(StringComparer.Ordinal));
        Assert.All(values, text =>
        {
            var kind = TargetParser.Parse(text).Kind;
            Assert.True(kind is TargetKind.Quantity or TargetKind.Deadline, $"{text}: {kind}");
        });
    }

    [Fact]
    public void SpellingTable_CoversEveryValueOfTheNanchangForm()
    {
        var table = TargetParserSpellingTests.Spellings.Select(row => (string)row[0]).ToHashSet();

        Assert.All(NanchangValueCells(), text => Assert.Contains(text, table));
    }

    /// The last cell of each row of the indicator table (项目绩效目标) that holds a value: a number, an operator or
    /// a date; rows whose last cell is an indicator name (their value is on the next line) are left out.
    private static HashSet<string> NanchangValueCells()
    {
        var lines = File.ReadAllLines(Samples.NanchangSeed);
        var start = Array.FindIndex(lines, l => l.StartsWith("## 项目绩效目标", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start, l => l.StartsWith("审核", StringComparison.Ordinal));
        return lines[start..end]
            .Select(l => l.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 2)
            .Select(cells => cells[^1])
            .Where(cell => cell.Length <= 16 && (char.IsAsciiDigit(cell[0]) || "≥≤<>=".Contains(cell[0])))
            .ToHashSet();
    }
}
