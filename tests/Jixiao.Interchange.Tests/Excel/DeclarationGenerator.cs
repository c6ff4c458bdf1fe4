using Jixiao.Domain;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;

namespace Jixiao.Interchange.Tests.Excel;

/// Random valid declarations for round-trip tests: both indicator schemas (88号, 101号), from one to dozens of
/// indicators, optional indicator columns on some, Chinese text that starts with = + - @, blank cells everywhere a
/// form may have them. "Valid" means what any form read from a file looks like: trimmed texts, every indicator row
/// with a name, canonical level names, the Nanchang review boxes and fund tree.
public sealed class DeclarationGenerator(int seed)
{
    private static readonly string[] Words =
    [
        "数据", "平台", "建设", "运维", "系统", "覆盖率", "服务", "项目", "资金", "管理", "完成", "及时性", "合格率", "培训",
        "人次", "网络", "安全", "（一期）", "“赣政通”", "、", "，", "1个", "≥1500个", "南昌", "绩效", "达标率", "改造", "升级",
        "100%", "2022年", "A1", "SUM(B2:B9)", "_x0041_", "维护", "市直部门", "政务",
    ];

    /// Texts that a spreadsheet would take for a formula if they were typed or written as one.
    private static readonly string[] FormulaLike = ["=", "+", "-", "@", "=SUM(A1:A3)+", "=cmd|' /C calc'!A0 ", "-1+", "@HYPERLINK(\"x\")"];

    private static readonly string[] Targets =
    [
        "≥90%", "100%", "=1个", "≤3秒", "2022年12月31日前", "2022年12 月31日前", "优", "良好", "90%-95%", "≥4万人", "-5%",
        "+3项", "@全部", "=A1+1", "1,500个", "0%", "44561", "2023.07-2024.01", "有效提升",
    ];

    private static readonly string[] Regions = ["南昌市", "东莞市", "德州市临邑县", "广元市昭化区", "鄂州市"];
    private static readonly string[] OtherLabels = ["项目类别", "立项依据", "中期目标", "资金管理办法", "绩效目标设定依据"];

    private readonly Random _random = new(seed);

    public Declaration Next()
    {
        var (title, region) = TitleAndRegion();
        return new Declaration
        {
            Title = title,
            Year = Maybe(0.9) ? _random.Next(2015, 2031) : null,
            Region = region,
            ProjectName = Text(0.95),
            Department = Text(0.9),
            DepartmentHead = Maybe(0.9) ? Pick(["宋亮生", "张三", "=李四", "欧阳修"]) : null,
            BudgetCode = Maybe(0.9) ? _random.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) : null,
            FiledOn = Date(0.9),
            ProjectLead = Text(0.8),
            ContactPerson = Text(0.8),
            ContactPhone = Maybe(0.8) ? Pick(["18107000408", "0791-86668888", "+86 138 0000 0000", "(0791)8888888"]) : null,
            StartDate = Date(0.85),
            EndDate = Date(0.85),
            Overview = Text(0.9, @long: true),
            Measures = Text(0.9, @long: true),
            OverallGoal = Text(0.8, @long: true),
            AnnualGoal = Text(0.9, @long: true),
            ImplementingUnit = Maybe(0.2) ? Phrase() : null,
            ProjectAttribute = Maybe(0.2) ? Pick(["新增", "延续"]) : null,
            ProjectTypes = Enum.GetValues<ProjectType>().OrderBy(_ => _random.Next()).Take(_random.Next(0, 4)).ToValueList(),
            Budget = new BudgetSummary { Total = Amount(0.9), CurrentYear = Amount(0.9), CarryOver = Amount(0.8) },
            FundSources = [Fund(FundSourceNames.Total,
                Fund(FundSourceNames.FiscalAppropriation, Fund(FundSourceNames.FromHigherLevel), Fund(FundSourceNames.SameLevel), Fund(FundSourceNames.FromLowerLevel)),
                Fund(FundSourceNames.OwnFunds, Fund(FundSourceNames.BusinessIncome), Fund(FundSourceNames.OperatingIncome), Fund(FundSourceNames.OtherOwn)),
                Fund(FundSourceNames.OtherFunds))],
            Indicators = Indicators(),
            Reviews = ReviewBox.NanchangBoxes().Select(Fill).ToValueList(),
            Notes = Maybe(0.5) ? ["表格最后一列“市财政局归口科室”指债务金融科、政府采购监管科；", "=说明"] : Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Phrase(@long: true)).ToValueList(),
            OtherFields = OtherLabels.OrderBy(_ => _random.Next()).Take(_random.Next(0, 4))
                .Select(label => new FormField(label, Maybe(0.85) ? Phrase(@long: true) : "")).ToValueList(),
        };
    }

    private (string? Title, string? Region) TitleAndRegion()
    {
        var roll = _random.NextDouble();
        var region = Pick(Regions);
        return roll switch
        {
            < 0.7 => (region + "预算绩效目标申报表", region),
            < 0.8 => ("预算绩效目标申报表", null),                  // a title naming no region
            < 0.9 => ("南昌市预算绩效目标申报表", "赣江新区"),       // a region the title does not say
            _ => ("南昌市预算绩效目标申报表", null),                 // a region left blank although the title names one
        };
    }

    private ValueList<Indicator> Indicators()
    {
        var schema = Maybe(0.5) ? IndicatorSchema.Fiscal2015No88 : IndicatorSchema.Fiscal2021No101;
        var withOptional = Maybe(0.4);
        var indicators = new List<Indicator>();
        foreach (var level1 in IndicatorTaxonomy.Level1Names(schema))
            foreach (var level2 in IndicatorTaxonomy.Level2Names(schema, level1))
                if (Maybe(0.7))
                    for (var i = _random.Next(1, 7); i > 0; i--) indicators.Add(Indicator(level1, level2, withOptional));
        if (indicators.Count == 0) indicators.Add(Indicator(IndicatorTaxonomy.Output, IndicatorTaxonomy.Quantity, withOptional));
        return indicators.ToValueList();
    }

    private Indicator Indicator(string level1, string level2, bool withOptional)
    {
        var context = new TargetContext(level2);
        var indicator = new Indicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = Phrase(),
            Target = TargetValue.Parse(Maybe(0.9) ? Pick(Targets) : null, context),
        };
        if (!withOptional) return indicator;
        return indicator with
        {
            LongTermTarget = Maybe(0.5) ? TargetValue.Parse(Pick(Targets), context) : null,
            Unit = Maybe(0.6) ? Pick(["个", "%", "次", "万元", "-"]) : null,
            Direction = Maybe(0.6) ? Pick([IndicatorDirection.Positive, IndicatorDirection.Reverse]) : null,
            Operator = Maybe(0.6) ? Pick(["≥", "≤", "=", "-", "+"]) : null,
            Weight = Maybe(0.6) ? _random.Next(0, 3000) / 100m : null,
            ValueBasis = Maybe(0.6) ? Pick(["计划标准", "行业标准", "历史标准", "其他标准"]) : null,
            Explanation = Maybe(0.6) ? Phrase(@long: true) : null,
            ScoringRule = Maybe(0.6) ? Phrase(@long: true) : null,
            Remark = Maybe(0.3) ? Phrase() : null,
        };
    }

    private ReviewBox Fill(ReviewBox box) => Maybe(0.5) ? box : box with
    {
        Opinion = Maybe(0.8) ? Phrase(@long: true) : null,
        Reviewer = Maybe(0.8) ? Pick(["王审核", "=赵六", "绩效评价科 李"]) : null,
        Date = Date(0.8),
    };

    private FundSource Fund(string name, params FundSource[] children) =>
        new() { Name = name, PriorYear = Amount(0.5), CurrentYear = Amount(0.6), Children = children };

    private WanYuan? Amount(double probability) => Maybe(probability) ? new WanYuan(_random.Next(0, 100_000_000) / 100m) : null;

    private DateOnly? Date(double probability) => Maybe(probability) ? new DateOnly(2015, 1, 1).AddDays(_random.Next(0, 5000)) : null;

    private string? Text(double probability, bool @long = false) => Maybe(probability) ? Phrase(@long) : null;

    /// Chinese words, sometimes starting like a formula, sometimes over several lines.
    private string Phrase(bool @long = false)
    {
        var count = _random.Next(1, @long ? 40 : 9);
        var words = Enumerable.Range(0, count).Select(_ => Pick(Words)).ToList();
        if (@long && count > 10 && Maybe(0.4)) words.Insert(count / 2, "\n");
        var text = string.Concat(words);
        if (Maybe(0.15)) text = Pick(FormulaLike) + text;
        return text.Trim();
    }

    private bool Maybe(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
