using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Json;

/// Declarations built in code, with every kind of target value typed directly (no text), so that the JSON's typed
/// members are exercised without depending on the target parser.
internal static class TypedDeclarations
{
    public static string SeedJson => Samples.TestForm("json/nanchang-2022-big-data-fund.json");
    public static string WithErrorsJson => Samples.TestForm("json/with-errors.json");
    public static string WrongTypeJson => Samples.TestForm("json/wrong-type.json");
    public static string MalformedJson => Samples.TestForm("json/malformed.json");

    public static Indicator Indicator(string level1, string level2, string name, TargetValue target) =>
        new() { Level1 = level1, Level2 = level2, Name = name, Target = target };

    public static Declaration EveryKind() => new()
    {
        Title = "南昌市预算绩效目标申报表",
        Year = 2022,
        Region = "南昌市",
        ProjectName = "2022 年市大数据发展专项资金",
        Department = "南昌市政务服务数据管理局",
        BudgetCode = "007001",
        FiledOn = new DateOnly(2022, 1, 19),
        StartDate = new DateOnly(2022, 1, 1),
        EndDate = new DateOnly(2022, 12, 31),
        ImplementingUnit = "南昌市大数据中心",
        ProjectAttribute = "延续",
        ProjectTypes = [ProjectType.General, ProjectType.PurchaseOfService],
        Budget = new BudgetSummary { Total = new WanYuan(13857.29m), CurrentYear = new WanYuan(10000m), CarryOver = new WanYuan(3857.29m) },
        FundSources =
        [
            new FundSource
            {
                Name = FundSourceNames.Total,
                PriorYear = new WanYuan(3857.29m),
                CurrentYear = new WanYuan(10000m),
                Children = [new FundSource { Name = FundSourceNames.FiscalAppropriation, CurrentYear = new WanYuan(10000m) }],
            },
        ],
        Indicators =
        [
            Indicator("产出指标", "数量指标", "组织架构人员信息采集导入", new QuantityTarget(Comparison.AtLeast, 4m, "万人") { Normalized = new Magnitude(40000m, "人") }),
            Indicator("产出指标", "质量指标", "验收合格率", new QuantityTarget(Comparison.Between, 90m, "%") { UpperValue = 95m }),
            Indicator("产出指标", "质量指标", "人均访问速度", new QuantityTarget(Comparison.AtMost, 3m, "秒")),
            Indicator("产出指标", "时效指标", "资金拨付及时性", new DeadlineTarget(2022, 12, 31)),
            Indicator("产出指标", "时效指标", "设备到位", new DeadlineTarget(null, 12, 31)),
            Indicator("产出指标", "时效指标", "完成时间", new DeadlineTarget(2021, 12, 31) { FromExcelSerial = true }),
            Indicator("产出指标", "时效指标", "建设期", new PeriodTarget(new DateOnly(2023, 7, 1), new DateOnly(2024, 1, 31))),
            Indicator("效益指标", "社会效益指标", "服务质量", new QualitativeTarget("优") { Grade = "优" }),
            Indicator("效益指标", "社会效益指标", "管理水平", new QualitativeTarget("进一步提高") { IsVague = true }),
            Indicator("效益指标", "可持续影响指标", "补助兑付", new QualitativeTarget("≥**个") { Recognized = false }),
            Indicator("满意度指标", "服务对象满意度指标", "用户满意度", MissingTarget.Instance) with
            {
                LongTermTarget = new QuantityTarget(Comparison.AtLeast, 90m, "%"),
                Unit = "%",
                Direction = IndicatorDirection.Positive,
                Operator = "≥",
                Weight = 10m,
                ValueBasis = "计划标准",
                Explanation = "抽样调查",
                ScoringRule = "每低1个百分点扣1分",
                Remark = "年终调查",
            },
        ],
        Reviews = [.. ReviewBox.NanchangBoxes(), new ReviewBox { Kind = ReviewBoxKind.Other, Label = "县财政局审核意见", Opinion = "同意", Reviewer = "张三", Date = new DateOnly(2022, 2, 1) }],
        Notes = ["表格最后一列“市财政局归口科室”指债务金融科、政府采购监管科；"],
        OtherFields = [new FormField("项目类别", "信息化建设")],
    };
}
