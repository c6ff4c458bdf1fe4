using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;

namespace Jixiao.Testing;

/// The sample form (samples/nanchang-2022-big-data-fund.txt) as a declaration, transcribed for the PDF tests and the
/// PDF benchmark while the text reader is written on another branch: header and money typed by hand, long texts and
/// the indicator table (lines 46–140) taken from the file by a simple split. Good enough for a fixture; once the
/// reader has landed, TextFormReader.Read of the same file replaces it.
public static partial class SampleDeclaration
{
    public static readonly Lazy<Declaration> Nanchang = new(Build);

    private static Declaration Build()
    {
        var lines = File.ReadAllLines(Samples.NanchangSeed);
        string Cell(int lineNumber) => Clean(lines[lineNumber - 1].Split('\t')[1]);
        return new Declaration
        {
            Title = "南昌市预算绩效目标申报表",
            Year = 2022,
            Region = "南昌市",
            ProjectName = "2022年市大数据发展专项资金",
            Department = "南昌市政务服务数据管理局",
            DepartmentHead = "宋亮生",
            BudgetCode = "507001",
            FiledOn = new DateOnly(2022, 1, 19),
            ProjectLead = "范首江",
            ContactPerson = "陈凯孝",
            ContactPhone = "18107000408",
            StartDate = new DateOnly(2022, 1, 1),
            EndDate = new DateOnly(2022, 12, 31),
            Overview = Cell(24),
            Measures = Cell(25),
            OverallGoal = Cell(26) + Cell(28),
            AnnualGoal = Cell(29),
            Budget = new BudgetSummary { Total = new WanYuan(13857.29m), CurrentYear = new WanYuan(10000m), CarryOver = new WanYuan(3857.29m) },
            FundSources = [FundTree()],
            Indicators = Indicators(lines[45..140]),
            Reviews = ReviewBox.NanchangBoxes(),
            Notes = [.. lines[145..].Where(l => l.Trim().Length > 0).Select(l => NoteNumber().Replace(Clean(l), ""))],
        };
    }

    private static FundSource FundTree()
    {
        var carryOver = new WanYuan(3857.29m);
        var thisYear = new WanYuan(10000m);
        return new FundSource
        {
            Name = FundSourceNames.Total, PriorYear = carryOver, CurrentYear = thisYear,
            Children =
            [
                new FundSource
                {
                    Name = FundSourceNames.FiscalAppropriation, PriorYear = carryOver, CurrentYear = thisYear,
                    Children =
                    [
                        new() { Name = FundSourceNames.FromHigherLevel },
                        new() { Name = FundSourceNames.SameLevel, PriorYear = carryOver, CurrentYear = thisYear },
                        new() { Name = FundSourceNames.FromLowerLevel },
                    ],
                },
                new FundSource
                {
                    Name = FundSourceNames.OwnFunds,
                    Children = [new() { Name = FundSourceNames.BusinessIncome }, new() { Name = FundSourceNames.OperatingIncome }, new() { Name = FundSourceNames.OtherOwn }],
                },
                new FundSource { Name = FundSourceNames.OtherFunds },
            ],
        };
    }

    /// One indicator per non-blank line. The extracted columns shift from line to line, so the cells are read from
    /// the right: a value when the last cell looks like one, the name before it, and level labels before that
    /// (two labels: level 1 and level 2; one: level 2); levels carry down to the lines that have none.
    private static List<Indicator> Indicators(IEnumerable<string> tableLines)
    {
        var indicators = new List<Indicator>();
        string level1 = "", level2 = "";
        foreach (var line in tableLines)
        {
            var cells = line.Split('\t').Select(Clean).Where(c => c.Length > 0 && c != "绩效指标").ToList();
            if (cells.Count == 0) continue;
            var value = IsValue(cells[^1]) ? cells[^1] : null;
            if (value is not null) cells.RemoveAt(cells.Count - 1);
            var name = cells[^1];
            var labels = cells[..^1].Where(c => c != "指标").ToList();
            if (labels.Count == 2) level1 = IndicatorTaxonomy.CanonicalLevel1(labels[0]) ?? throw new InvalidDataException(line);
            if (labels.Count >= 1) level2 = IndicatorTaxonomy.CanonicalLevel2(labels[^1]) ?? throw new InvalidDataException(line);
            indicators.Add(new Indicator { Level1 = level1, Level2 = level2, Name = name, Target = TargetValue.Parse(value) });
        }
        return indicators;
    }

    private static bool IsValue(string cell) => ValuePattern().IsMatch(cell);

    /// The extraction puts spaces around numbers and between the lines of a cell ("建设 1 个", "可持 续效 益"): dropped,
    /// except between two Latin letters or digits.
    private static string Clean(string text)
    {
        var trimmed = text.Trim().Replace("<b>", "", StringComparison.Ordinal).Replace("</b>", "", StringComparison.Ordinal);
        var cleaned = new StringBuilder(trimmed.Length);
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]))
            {
                var before = cleaned.Length > 0 ? cleaned[^1] : ' ';
                var after = i + 1 < trimmed.Length ? trimmed[i + 1] : ' ';
                if (!(char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after))) continue;
            }
            cleaned.Append(trimmed[i]);
        }
        return cleaned.ToString();
    }

    [GeneratedRegex(@"^((≥|≤|>=|<=|>|<|=)?\d[\d.,]*%|\d{4}年.*前)$")]
    private static partial Regex ValuePattern();

    [GeneratedRegex(@"^(注：)?\d+\.\s*")]
    private static partial Regex NoteNumber();
}
