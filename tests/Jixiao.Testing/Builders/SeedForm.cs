using Jixiao.Domain;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Testing.Builders;

/// The content of samples/nanchang-2022-big-data-fund.txt, typed by hand, so the checker can be tested on the real
/// form before the reader and the parser exist: the header and money as printed, and two indicator tables — the
/// printed one, and a short one in good form that draws no finding.
internal static class SeedForm
{
    public static Declaration Valid() => Header() with
    {
        Indicators =
        [
            Row(Output, Quantity, "南昌市疫情防控大数据管理平台建设", Targets.Quantity("=", 1, "个")),
            Row(Output, Quantity, "“赣政通”南昌分厅市县区、开发区各部门组织架构梳理", Targets.Quantity("≥", 1500, "个")),
            Row(Output, Quantity, "“赣政通”南昌分厅市县区、开发区各部门组织架构人员信息采集导入", Targets.Quantity("≥", 4, "万人")),
            Row(Output, Quantity, "南昌全市政府网站适老化及无障碍改造市直部门网站改造、升级及认证服务", Targets.Quantity("=", 39, "套")),
            Row(Output, Quality, "工程建设验收合格率", Targets.Quantity("≥", 95, "%")),
            Row(Output, Quality, "“赣政通”南昌分厅系统人均访问速度", Targets.Quantity("≤", 3, "秒")),
            Row(Output, Quality, "医疗保险信息系统运行中断次数", Targets.Quantity("≤", 1, "次")),
            Row(Output, Timeliness, "专项资金管理工作完成及时性", Targets.Deadline(2022, 12, 31)),
            Row(Output, Timeliness, "新开工项目完成及时性", Targets.Deadline(2022, 12, 31, "2022年12 月31日前")),
            Row(Output, OutputCost, "单个系统平台平均建设成本", Targets.Quantity("≤", 500, "万元")),
            Row(Benefit, Economic, "全市主要信息化系统设施重复建设率", Targets.Percent(0)),
            Row(Benefit, Social, "特殊群体互联网使用技术难题解决率", Targets.Quantity("≥", 95, "%")),
            Row(Benefit, Sustainable, "建立健全系统平台运行管理机制", Targets.Phrase("长期有效")),
            Row(Satisfaction, ServiceSatisfaction, "信息数据管理人员满意度", Targets.Quantity("≥", 90, "%")),
            Row(Satisfaction, ServiceSatisfaction, "用户满意度", Targets.Quantity("≥", 90, "%")),
        ],
    };

    public static Declaration AsPrinted() => Header() with
    {
        Indicators =
        [
            Row(Output, Quantity, "开发建设南昌市行政审批局四级体系一站式服务综合业务系统平台（一期）1个", Targets.Percent(100)),
            Row(Output, Quantity, "南昌市第一、第二看守所“铁桶工程”建设1项", Targets.Percent(100)),
            Row(Output, Quantity, "南昌市疫情防控大数据管理平台建设1个", Targets.Percent(100)),
            Row(Output, Quantity, "南昌市数据共享和开放一体化平台形成政务数据资源目录清单≥2个", Targets.Percent(100)),
            Row(Output, Quantity, "南昌市数据共享和开放一体化平台数据共享和开放一体化平台数据库完善≥16个", Targets.Percent(100)),
            Row(Output, Quantity, "南昌市数据共享和开放一体化平台数据共享和开放一体化平台功能完善≥7个", Targets.Percent(100)),
            Row(Output, Quantity, "“赣政通”南昌分厅升级扩容市政府办公厅政务办公系统1套", Targets.Percent(100)),
            Row(Output, Quantity, "“赣政通”南昌分厅市级大厅门户建设1套", Targets.Percent(100)),
            Row(Output, Quantity, "“赣政通”南昌分厅市县区、开发区各部门组织架构梳理≥1500个", Targets.Percent(100)),
            Row(Output, Quantity, "“赣政通”南昌分厅市县区、开发区各部门组织架构人员信息采集导入≥4万人", Targets.Percent(100)),
            Row(Output, Quantity, "“赣政通”南昌分厅安全接入平台建设1个", Targets.Percent(100)),
            Row(Output, Quantity, "南昌市兜底扶贫、救助和养老信息综合服务系统（一期）建设1个", Targets.Percent(100)),
            Row(Output, Quantity, "支持中国信息通信研究院江西研究院项目建设1个", Targets.Percent(100)),
            Row(Output, Quantity, "南昌全市政府网站适老化及无障碍改造服务支撑平台建设1套", Targets.Percent(100)),
            Row(Output, Quantity, "南昌全市政府网站适老化及无障碍改造市政府门户网站及手机版改造、升级认证服务、适老化专区建设、微信公众号改造1套", Targets.Percent(100)),
            Row(Output, Quantity, "南昌全市政府网站适老化及无障碍改造市直部门网站改造、升级及认证服务 39 套", Targets.Percent(100)),
            Row(Output, Quantity, "市委市政府指挥中心项目建设 1 个", Targets.Percent(100)),
            Row(Output, Quantity, "“昌通码”平台运营管理 12 个月", Targets.Percent(100)),
            Row(Output, Quantity, "“昌通码”迁移移交 1 项", Targets.Percent(100)),
            Row(Output, Quantity, "启动南昌市政数局四级体系一站式服务综合业务系统平台项目（二期）建设 1 项", Targets.Percent(100)),
            Row(Output, Quantity, "医疗保险信息系统运维周月报制定>=8 份", Targets.Percent(100)),
            Row(Output, Quantity, "“i 南昌智管平台”运行维护 1 个", Targets.Percent(100)),
            Row(Output, Quantity, "南昌政务云平台华为云、华三云维保服务采购 1 项", Targets.Percent(100)),
            Row(Output, Quantity, "红谷大厦政务网网络运行维护 35 家单位网络稳定", Targets.Percent(100)),
            Row(Output, Quantity, "红谷大厦政务网网络运行维护 19 个机房安全生产", Targets.Percent(100)),
            Row(Output, Quantity, "电子政务外网测评 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "电子政务外网网站集约化平台测评 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "电子政务外网云平台测评 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "电子政务外网密评 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "电子政务外网网站集约化平台密评 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "电子政务外网云平台密评 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "电子政务外网赣服通密评 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "电子政务外网电子照系统密评 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "“智慧消防”平台系统三级等级保护测评 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "“智慧消防”平台系统安全建设指导 1 项", Targets.Percent(100)),
            Row(Output, Quantity, "数据归集、开发、应用、共享和安全立法研究 1 项", Targets.Percent(100)),
            Row(Output, Quantity, "市级政务信息化项目技术评审认证 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "开展“2021 至 2022 年市大数据发展专项资金项目绩效评价” 1 次", Targets.Percent(100)),
            Row(Output, Quantity, "开发建设政务信息化项目库 1 个", Targets.Percent(100)),
            Row(Output, Quality, "系统平台建设进度达标率", Targets.Percent(100)),
            Row(Output, Quality, "工程建设验收合格率", Targets.Percent(100)),
            Row(Output, Quality, "平台建设验收合格率", Targets.Percent(100)),
            Row(Output, Quality, "平台运营管理经费足额拨付率", Targets.Percent(100)),
            Row(Output, Quality, "昌通码平台移交规范性", Targets.Percent(100)),
            Row(Output, Quality, "信息系统运行维护到位率", Targets.Percent(100)),
            Row(Output, Quality, "等级保护测试通过率", Targets.Percent(100)),
            Row(Output, Quality, "电子政务外网保三级网络及信息系统密评通过率", Targets.Percent(100)),
            Row(Output, Quality, "技术评审认证通过率", Targets.Percent(100)),
            Row(Output, Quality, "绩效评价报告评审达标率", Targets.Percent(100)),
            Row(Output, Quality, "市级政务信息化项目统筹管理到位率", Targets.Percent(100)),
            Row(Output, Quality, "南昌市数据共享和开放一体化平台资源目录梳理市本级 政府部门覆盖率", Targets.Percent(100)),
            Row(Output, Quality, "“赣政通”南昌分厅系统同时保证在线使用人数≤5000 人", Targets.Percent(100)),
            Row(Output, Quality, "设施设备验收合格率", Targets.Percent(100)),
            Row(Output, Quality, "“赣政通”南昌分厅系统人均访问速度达标率≤3秒", Targets.Percent(100)),
            Row(Output, Quality, "“赣政通”南昌分厅系统故障修复效率达标≤2小时", Targets.Percent(100)),
            Row(Output, Quality, "红谷大厦网络不可控大面积瘫痪≤3次", Targets.Percent(100)),
            Row(Output, Quality, "红谷大厦网络政务外网互联网出口非不可抗拒因素瘫痪 次数≤3次", Targets.Percent(100)),
            Row(Output, Quality, "红谷大厦网络政务外网机房出现安全生产事故≤3次", Targets.Percent(100)),
            Row(Output, Quality, "医疗保险信息系统运行中断次数≤1次", Targets.Percent(100)),
            Row(Output, Timeliness, "续建项目完成及时性", Targets.Missing),
            Row(Output, Timeliness, "新开工项目完成及时性", Targets.Deadline(2022, 12, 31, "2022年12 月31日前")),
            Row(Output, Timeliness, "运维项目完成及时性", Targets.Deadline(2022, 12, 31, "2022年12 月31日前")),
            Row(Output, Timeliness, "专项资金管理工作完成及时性", Targets.Deadline(2022, 12, 31)),
            Row(Output, Timeliness, "资金拨付及时性", Targets.Deadline(2022, 12, 31)),
            Row(Output, OutputCost, "单个项目成本控制有效性", Targets.Percent(100)),
            Row(Benefit, Economic, "全市主要信息化系统设施重复建设率", Targets.Percent(0)),
            Row(Benefit, Social, "系统平台功能上线运行", Targets.Percent(100)),
            Row(Benefit, Social, "实现平台数据应用共享", Targets.Percent(100)),
            Row(Benefit, Social, "系统平台正常运行", Targets.Percent(100)),
            Row(Benefit, Social, "宣传推广形式多样性", Targets.Percent(100)),
            Row(Benefit, Social, "设施设备投入使用率", Targets.Percent(100)),
            Row(Benefit, Social, "保障群众业务事项办理", Targets.Percent(100)),
            Row(Benefit, Social, "系统平台服务板块分区合理性", Targets.Percent(100)),
            Row(Benefit, Social, "增强全市疫情防控能力", Targets.Percent(100)),
            Row(Benefit, Social, "系统平台功能应用便捷性", Targets.Percent(100)),
            Row(Benefit, Social, "增强市级政务信息化项目开发建设科学性", Targets.Percent(100)),
            Row(Benefit, Social, "提升全市政务信息化项目管理水平", Targets.Percent(100)),
            Row(Benefit, Social, "系统平台应用有效推行", Targets.Percent(100)),
            Row(Benefit, Social, "系统平台信息持续更新", Targets.Percent(100)),
            Row(Benefit, Social, "提升监所安全防范能力", Targets.Percent(100)),
            Row(Benefit, Social, "特殊群体互联网使用技术难题解决率", Targets.Quantity("≥", 95, "%")),
            Row(Benefit, Social, "有效提升网络、系统、云平台信息安全", Targets.Percent(100)),
            Row(Benefit, Social, "有效提升全市政务办公效率", Targets.Percent(100)),
            Row(Benefit, Ecological, "改善工作服务环境", Targets.Missing),
            Row(Benefit, Ecological, "优化营商环境", Targets.Percent(100)),
            Row(Benefit, Ecological, "保障数据信息安全使用环境", Targets.Percent(100)),
            Row(Benefit, Sustainable, "助力城市管理、科学决策落实", Targets.Percent(100)),
            Row(Benefit, Sustainable, "系统后台数据管理容量满足用户使用", Targets.Percent(100)),
            Row(Benefit, Sustainable, "建立健全系统平台运行管理机制", Targets.Percent(100)),
            Row(Satisfaction, ServiceSatisfaction, "信息数据管理人员满意度", Targets.Quantity("≥", 90, "%")),
            Row(Satisfaction, ServiceSatisfaction, "用户满意度", Targets.Quantity("≥", 90, "%")),
        ],
    };

    private static Declaration Header() => new()
    {
        Title = "南昌市预算绩效目标申报表",
        Year = 2022,
        Region = "南昌市",
        ProjectName = "2022 年市大数据发展专项资金",
        Department = "南昌市政务服务数据管理局",
        DepartmentHead = "宋亮生",
        BudgetCode = "507001",
        FiledOn = new DateOnly(2022, 1, 19),
        ProjectLead = "范首江",
        ContactPerson = "陈凯孝",
        ContactPhone = "18107000408",
        StartDate = new DateOnly(2022, 1, 1),
        EndDate = new DateOnly(2022, 12, 31),
        Overview = "通过市大数据发展专项资金续建项目、新开工项目、运行维护项目、专项资金管理工作的开展，进一步规范市级政务信息化项目集约建设及高效管理，推动政务信息系统跨部门跨层级互联互通、信息共享和业务协同，强化政务信息系统应用绩效考核。",
        Measures = "根据《国务院办公厅关于印发国家政务信息化项目建设管理办法的通知》（国办发〔2019〕57 号）、《国务院关于印发政务信息资源共享管理暂行办法的通知》（国发〔2016〕51 号）和《江西省人民政府办公厅关于印发江西省政务信息化项目建设管理办法的通知》（赣府厅字〔2020〕68 号）、《江西省人民政府办公厅印发关于加快推进全省政务数据共享工作方案的通知》（赣府厅字〔2018〕95 号）、《南昌市政府办公厅关于印发南昌市政务信息资源共享开放管理办法的通知》（洪府厅发〔2019〕130 号）等文件精神，按照《南昌市政务信息化项目集约化建设管理办法》要求，建立网络安全和密码安全等管理制度，同步规划、同步建设、同步运行密码保障系统，定期开展网络安全检测与风险评估，保障信息系统安全稳定运行。",
        OverallGoal = "坚持统筹规划、共建共享、业务协同、安全可靠的原则，坚持整合存量、推动共享，规范增量、强化审批，统筹建设、专业运维的发展思路，推动政务信息系统“网络通、系统通、数据通、应用通”、政务数据“跨层级、跨地域、跨系统、跨部门、跨业务”共享交换。",
        AnnualGoal = "完成南昌市行政审批局四级体系一站式服务综合业务系统平台（一期）、南昌市第一、第二看守所“铁桶工程”等续建项目，市委市政府指挥中心项目等新开工项目，医疗保险信息系统运行维护、“i 南昌智管平台”运行维护等运行维护项目，专项资金管理工作开展实施。",
        ProjectTypes = [ProjectType.General],
        Budget = new BudgetSummary { Total = new WanYuan(13857.29m), CurrentYear = new WanYuan(10000m), CarryOver = new WanYuan(3857.29m) },
        FundSources = FundSources(),
        Reviews = ReviewBox.NanchangBoxes(),
        Notes =
        [
            "表格最后一列“市财政局归口科室”指债务金融科、政府采购监管科；",
            "PPP 项目和政府债务项目无须通过绩效评价科审核，对口业务科室审核后，直接交由债务金融科审核；",
            "政府采购项目和政府购买服务项目无须通过绩效评价科审核，对口业务科室审核后，直接交由政府采购监管科审核。",
        ],
    };

    /// 合计 3857.29 / 10000, 财政拨款 3857.29 / 10000, 本级财政安排 3857.29 / 10000; every other row blank.
    private static ValueList<FundSource> FundSources()
    {
        static FundSource Fill(FundSource row) => row.Name is FundSourceNames.Total or FundSourceNames.FiscalAppropriation or FundSourceNames.SameLevel
            ? row with { PriorYear = new WanYuan(3857.29m), CurrentYear = new WanYuan(10000m), Children = row.Children.Select(Fill).ToValueList() }
            : row;
        return FundSourceNames.EmptyNanchangTree().Select(Fill).ToValueList();
    }

    private static Indicator Row(string level1, string level2, string name, TargetValue target) => A.Indicator(level1, level2, name, target);
}
