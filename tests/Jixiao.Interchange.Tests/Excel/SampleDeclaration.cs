using System.Text.RegularExpressions;
using Jixiao.Domain;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Excel;

/// The content of samples/nanchang-2022-big-data-fund.txt as a declaration, built by hand (the text reader is written
/// elsewhere): header, basic information, budget, the fund tree, the 91 indicators with their levels (lines 46–140,
/// split by tab with the PDF's broken level cells mapped by hand), the four review boxes and the notes.
public static partial class SampleDeclaration
{
    private static readonly Lazy<Declaration> Instance = new(Build);

    public static Declaration Value => Instance.Value;

    private static Declaration Build()
    {
        var lines = File.ReadAllLines(Samples.NanchangSeed);
        string Field(int line, int index) => lines[line - 1].Split('\t')[index].Trim();

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
            Overview = Field(24, 1),
            Measures = Field(25, 1),
            // The PDF broke this cell over two lines (26 and 28).
            OverallGoal = Field(26, 1) + Field(28, 1),
            AnnualGoal = Field(29, 1),
            Budget = new BudgetSummary { Total = new WanYuan(13857.29m), CurrentYear = new WanYuan(10000m), CarryOver = new WanYuan(3857.29m) },
            FundSources =
            [
                new FundSource
                {
                    Name = FundSourceNames.Total, PriorYear = new WanYuan(3857.29m), CurrentYear = new WanYuan(10000m),
                    Children =
                    [
                        new FundSource
                        {
                            Name = FundSourceNames.FiscalAppropriation, PriorYear = new WanYuan(3857.29m), CurrentYear = new WanYuan(10000m),
                            Children =
                            [
                                new() { Name = FundSourceNames.FromHigherLevel },
                                new() { Name = FundSourceNames.SameLevel, PriorYear = new WanYuan(3857.29m), CurrentYear = new WanYuan(10000m) },
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
                },
            ],
            Indicators = Indicators(lines),
            Reviews = ReviewBox.NanchangBoxes(),
            Notes = [Note(lines[145]), Note(lines[147]), Note(lines[149])],
        };
    }

    [GeneratedRegex(@"^(≥|≤)?\d+%$|日前$")]
    private static partial Regex LooksLikeValue();

    [GeneratedRegex(@"^(注：)?\d\.\s*")]
    private static partial Regex NoteNumbering();

    private static string Note(string line) => NoteNumbering().Replace(line.Trim(), "");

    /// Lines 46–140: the last cell is the value when it looks like one (two rows have none), the cell before it the
    /// name; cells left of the name are level cells, the PDF's fragments ("指标" under "质量", "绩效 指标") ignored.
    private static ValueList<Indicator> Indicators(string[] lines)
    {
        var indicators = new List<Indicator>();
        string level1 = "", level2 = "";
        for (var n = 46; n <= 140; n++)
        {
            var cells = lines[n - 1].Split('\t').Select(c => c.Trim()).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
            if (cells.Count == 0) continue;
            var hasValue = cells.Count >= 2 && LooksLikeValue().IsMatch(cells[^1]);
            var value = hasValue ? cells[^1] : null;
            var name = hasValue ? cells[^2] : cells[^1];
            var levels = cells.Take(cells.Count - (hasValue ? 2 : 1)).Where(c => c.Length > 0).ToList();

            var known = levels.Select(c => (Level1: IndicatorTaxonomy.CanonicalLevel1(c), Level2: IndicatorTaxonomy.CanonicalLevel2(c)))
                .Where(c => c.Level1 is not null || c.Level2 is not null).ToList();
            if (known.Count == 2)
            {
                (level1, level2) = (known[0].Level1!, known[1].Level2!);
            }
            else if (known.Count == 1)
            {
                // 成本指标 alone on a row is the level 2 under 产出 (88号); a level-1-only name starts a new level 1.
                if (known[0].Level2 is { } l2) level2 = l2;
                else level1 = known[0].Level1!;
            }

            indicators.Add(new Indicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = name,
                Target = TargetValue.Parse(value, new TargetContext(level2)),
            });
        }
        return indicators.ToValueList();
    }
}
