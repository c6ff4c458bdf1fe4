using Jixiao.Domain.Checks;
using Jixiao.Domain.Indicators;

namespace Jixiao.Web.Guidance;

/// One short explanation for a filer or reviewer: what a level-2 category (二级指标) asks for, or what a finding code
/// means, with a poor and a good example.
public sealed record GuidanceText(string Key, string Title, string Summary, string Poor, string Good)
{
    /// A checker rule's severity (error blocks submission), or null for a category or a reader's code.
    public Severity? Severity { get; init; }

    /// 一级指标 of a category; null for a finding code.
    public string? Level1 { get; init; }
}

/// Every explanation the UI offers, in one place (the form editor, the review page and /guidance use it). The finding
/// codes follow docs/checks.md, the categories the domain notes §3; each example is taken from a real form where
/// one was at hand (most are from the Nanchang sample).
public static class GuidanceTexts
{
    /// The level-2 categories, in the order of the form (财预〔2015〕88号, then the cost categories of 财预〔2021〕101号).
    public static IReadOnlyList<GuidanceText> Categories { get; } =
    [
        Category(IndicatorTaxonomy.Quantity, IndicatorTaxonomy.Output,
            "项目要完成多少：建成几个系统、开展几次测评、服务多少人。数量写在指标值里，写明运算符和计量单位。",
            "三级指标「南昌市疫情防控大数据管理平台建设1个」，指标值「100%」：数量藏在名称里，100% 说明不了要完成多少。",
            "三级指标「南昌市疫情防控大数据管理平台建设」，指标值「=1个」；「各部门组织架构梳理」，指标值「≥1500个」。"),
        Category(IndicatorTaxonomy.Quality, IndicatorTaxonomy.Output,
            "完成得好不好：验收合格率、达标率、通过率等。给一个实际可达、可以核验的比率。",
            "「设施设备验收合格率」「≥100%」：比率不可能超过 100%；「建设质量明显提高」：无法衡量。",
            "「平台验收合格率」「≥95%」；确需全部达到时写「等级保护测试通过率」「=100%」。"),
        Category(IndicatorTaxonomy.Timeliness, IndicatorTaxonomy.Output,
            "什么时候完成：写完成时限、期间或时长；以比率衡量时用「按期完成率」这类名称。",
            "「结算款支付及时性」「及时」；「续建项目完成及时性」「100%」；Excel 日期序号「44,561」。",
            "「续建项目完成及时性」「2022年12月31日前」；「业务事项办理时限」「≤3个工作日」；「按期完成率」「≥95%」。"),
        Category(IndicatorTaxonomy.OutputCost, IndicatorTaxonomy.Output,
            "花多少钱：以金额表示的总成本或单位成本，且不超过本年度申请预算。",
            "「单个项目成本控制有效性」「100%」：没有说花多少钱；「项目总成本」「≤12000万元」而本年度只申请 10000 万元。",
            "「单个系统平台平均建设成本」「≤500万元」；「人均培训成本」「≤800元/人」。"),
        Category(IndicatorTaxonomy.Economic, IndicatorTaxonomy.Benefit,
            "项目给社会和服务对象带来的经济效果（不是本单位的预算本身）。",
            "「促进经济发展」「明显」；「专项资金安排」「=10000万元」：预算是投入，不是效益。",
            "「为企业节约办事成本」「≥500万元」；「带动就业人数」「≥200人」。"),
        Category(IndicatorTaxonomy.Social, IndicatorTaxonomy.Benefit,
            "项目对公众、服务对象和社会治理的效果，用可核验的数字表达。",
            "「有效提升全市政务办公效率」「100%」或「有效提升」：无法衡量，年底无法判断是否达成。",
            "「业务事项网上办理率」「≥90%」；「业务事项平均办理时间」「≤3个工作日」。"),
        Category(IndicatorTaxonomy.Ecological, IndicatorTaxonomy.Benefit,
            "项目对资源节约和生态环境的效果。",
            "「改善工作服务环境」没有指标值；「环境明显改善」无法衡量。",
            "「无纸化办公减少纸张使用」「≥50万张」；「数据中心电能使用效率（PUE）」「≤1.5」。"),
        Category(IndicatorTaxonomy.Sustainable, IndicatorTaxonomy.Benefit,
            "项目结束后效果能否持续：运行年限、制度和机制、后续维护。",
            "「助力城市管理、科学决策落实」「100%」：说不清持续什么、多久。",
            "「平台持续稳定运行年限」「≥5年」；「建立平台运行管理制度」「=1套」。"),
        Category(IndicatorTaxonomy.ServiceSatisfaction, IndicatorTaxonomy.Satisfaction,
            "服务对象（群众、企业、使用部门）对项目的满意程度，通常以问卷调查的满意度表示，目标不低于 80%，也不写 100%。",
            "「群众满意度」「100%」：人人满意几乎不可能；「用户满意度」「≥70%」：目标过低。",
            "「用户满意度」「≥90%」；「信息数据管理人员满意度」「≥90%」。"),
        Category(IndicatorTaxonomy.EconomicCost, IndicatorTaxonomy.Cost,
            "（财预〔2021〕101号）项目实施的经济成本：总成本、单位成本，以金额表示。",
            "「成本控制率」「100%」：没有金额。",
            "「项目总成本」「≤9500万元」；「单位面积改造成本」「≤800元/平方米」。"),
        Category(IndicatorTaxonomy.SocialCost, IndicatorTaxonomy.Cost,
            "（财预〔2021〕101号）项目对社会造成的代价，如对群众生活的影响，越少越好（反向指标，用「≤」）。",
            "「社会成本」「较低」：无法衡量。",
            "「施工影响居民户数」「≤50户」；「因施工中断道路通行天数」「≤10天」。"),
        Category(IndicatorTaxonomy.EcologicalCost, IndicatorTaxonomy.Cost,
            "（财预〔2021〕101号）项目对生态环境造成的代价，越少越好（反向指标，用「≤」）。",
            "「环境影响」「小」：无法衡量。",
            "「施工期扬尘投诉次数」「≤3次」；「新增碳排放量」「≤100吨」。"),
    ];

    /// Every finding code: the checker's rules in form order (docs/checks.md), then the readers' own codes.
    public static IReadOnlyList<GuidanceText> Findings { get; } =
    [
        Rule(Rules.RequiredField, "表头和项目基本情况的每一项都要填写（结转结余总额可以不填）。",
            "「联系电话」空着。", "「联系电话」「18107000408」。"),
        Rule(Rules.DateRange, "结束日期不能早于起始日期，预算年度要在项目期内。",
            "年度 2022，起始日期 2020年1月1日，结束日期 2021年12月31日。", "年度 2022，起始日期 2022年1月1日，结束日期 2022年12月31日（或包含 2022 年的多年期间）。"),
        Rule(Rules.PhoneFormat, "联系电话写手机号码，或带区号的固定电话。",
            "「7001234」（没有区号）。", "「18107000408」或「0791-83881234」。"),
        Rule(Rules.GoalsDistinct, "跨年度项目的项目总目标与年度绩效目标要分开写：总目标说整个项目，年度目标说今年做到什么。",
            "总目标和年度目标是同一段话。", "总目标「建成全市统一的政务数据共享平台」，年度目标「2022年完成平台一期建设并接入30个市直部门」。"),
        Rule(Rules.GoalNotCovered, "年度绩效目标里写到的数字，都要有一条指标来衡量。",
            "年度目标「为水濂村带来观光游客不少于6万人」，却没有关于游客的指标。", "社会效益指标「接待游客数量」「≥60000人」。"),
        Rule(Rules.BudgetSum, "项目总预算 = 本年度申请预算 + 结转结余总额（万元）。",
            "「13857.00」=「10000」+「3857.29」。", "「13857.29」=「10000」+「3857.29」。"),
        Rule(Rules.FundSourceSum, "资金来源表每一栏中，各分项之和等于上一级；合计 = 财政拨款 + 自有资金 + 其它资金。",
            "本年度资金「财政拨款」10000，其中「本级财政安排」9000，其他为空。", "「财政拨款」10000，「本级财政安排」10000。"),
        Rule(Rules.FundSourceMatch, "本年度资金合计等于本年度申请预算，上年度资金合计等于结转结余总额。",
            "本年度申请预算 9000 万元，本年度资金合计 10000 万元。", "两者都是 10000 万元；结转结余 3857.29 = 上年度资金合计 3857.29。"),
        Rule(Rules.Placeholder, "不能留下模板里的占位符（**、XX、……），要写实际内容。",
            "联系电话「189XXXXXXXX」；指标值「≥**个」。", "「18907001234」；「≥4个」。"),
        Rule(Rules.Taxonomy, "一级、二级指标用规定的名称，二级指标要放在它所属的一级指标下。",
            "效益指标 / 质量指标 /「平台验收合格率」；一级指标写成「产出」。", "产出指标 / 质量指标 /「平台验收合格率」；「产出指标」。"),
        Rule(Rules.MissingValue, "每条指标都要有三级指标名称和指标值。",
            "时效指标「续建项目完成及时性」没有指标值。", "「续建项目完成及时性」「2022年12月31日前」。"),
        Rule(Rules.DuplicateIndicator, "同一个三级指标只写一次。",
            "「用户满意度」出现两次。", "「用户满意度」和「信息数据管理人员满意度」。"),
        Rule(Rules.QuantityInName, "数量写在名称里、指标值却是 100% 时，100% 说明不了要完成多少：把数量移到指标值里。",
            "「南昌市疫情防控大数据管理平台建设1个」「100%」。", "「南昌市疫情防控大数据管理平台建设」「=1个」。"),
        Rule(Rules.ValueUnparseable, "指标值要写成能识别的数量、时限、期间或定性等级。",
            "「3,5.6个」；「1000元/人给补助对象兑付」。", "「≥3个」；「≤1000元/人」。"),
        Rule(Rules.UnitMissing, "数字要写明计量单位，否则不知道是个、人、万元还是 %。",
            "「镇街补助款完成结算项目数」「3」；「验收合格率」「≥95」。", "「=3个」；「≥95%」。"),
        Rule(Rules.RateRange, "百分比在 0–100% 之间；「≥100%」没有意义。",
            "「设施设备验收合格率」「≥100%」；「120%」。", "「=100%」或「≥98%」。"),
        Rule(Rules.VagueValue, "「进一步提高」「明显改善」「有效提升」等说法无法衡量，年底不能据此判断是否达成。",
            "「全市政务办公效率」「有效提升」。", "「业务事项平均办理时间」「≤3个工作日」，或写成等级「优良」。"),
        Rule(Rules.TimelinessFormat, "时效指标写完成时限、期间或时长；不要用 Excel 的日期序号。",
            "「结算款支付及时性」「及时」；「项目完成时间」「44,561」。", "「2022年12月31日前」；「2021年12月31日前」。"),
        Rule(Rules.DirectionMismatch, "反向指标（故障、事故、中断、成本、用时……越少越好）规定上限「≤」，正向指标规定下限「≥」。",
            "「红谷大厦网络不可控大面积瘫痪次数」「≥3次」；「系统同时保证在线使用人数」「≤5000人」。", "「≤3次」；「≥5000人」。"),
        Rule(Rules.SatisfactionRange, "满意度目标不低于 80%，也不写 100%（调查几乎不可能人人满意）。",
            "「群众满意度」「100%」；「≥70%」。", "「≥90%」。"),
        Rule(Rules.CostExceedsBudget, "以金额表示的成本目标不能超过本年度申请预算。",
            "「项目总成本」「≤12000万元」，本年度申请预算 10000 万元。", "「≤9500万元」。"),
        Rule(Rules.InputAsTarget, "预算资金、配备人员是投入，不是绩效目标；目标写资金和人员带来的结果。",
            "「专项资金安排」「=10000万元」；「配备专职运维工作人员」「≥5人」。", "「资金拨付及时率」「=100%」；「运维工单按时办结率」「≥95%」。"),
        Rule(Rules.RequiredCategory, "至少要有一条产出指标和一条效益指标。",
            "指标表里只有产出指标。", "再加一条效益指标，如社会效益指标「业务事项网上办理率」「≥90%」。"),
        Rule(Rules.CategoryCoverage, "产出指标要从数量、质量、时效、成本几方面衡量，并要有满意度指标。",
            "产出只有数量和成本，没有满意度指标。", "产出下有数量、质量、时效、成本指标，另有服务对象满意度指标「用户满意度」「≥90%」。"),
        Rule(Rules.AllHundredPercent, "大多数定量指标都写 100%，目标就说明不了项目要完成多少、做到多好。",
            "示例申报表 85 个定量指标值中有 81 个是「100%」。", "「=1个」「≥1500个」「≥95%」「≤3秒」，只在确需全部达到时写 100%。"),
        Rule(Rules.CostMonetary, "成本指标要以金额表示：花多少钱、单位成本多少。",
            "唯一的成本指标「单个项目成本控制有效性」「100%」。", "「单个系统平台平均建设成本」「≤500万元」；「人均培训成本」「≤800元/人」。"),

        Reader("UNPLACED_CELL", "无法归入的单元格", "文件中有一格内容对不上申报表的任何栏目，没有读入：请核对原文件，必要时在表中补填。",
            "第75行的「（盖章）」夹在指标表中间。", "该内容放回它所属的栏目，或从文件中删去。"),
        Reader("FIELD_UNREADABLE", "无法识别的值", "应为日期、年度或金额的内容无法识别，已按原文保留在「其他栏目」中：请改成规范写法。",
            "编报时间「二〇二二年元月」。", "编报时间「2022年1月19日」。"),
        Reader("FORM_CUT_SHORT", "文件在指标表中间中断", "文件的最后一行在指标表中间断开（如二级指标只写了「服务对象满意」），这一行没有读入：请核对原文件是否完整。",
            "文件最后一行是「满意度指标」「服务对象满意」，没有三级指标和指标值。", "补全被截断的内容：「服务对象满意度指标」「受益群众满意度」「≥90%」。"),
        Reader("MULTIPLE_PROJECTS", "一份文件中有多个项目", "文件列出了多个项目（部门汇总表），只读入了第一个：每个项目单独一份申报表。",
            "一个文件里是整个部门的 12 个项目。", "每个项目一份文件，分别导入。"),
        Reader("NOT_A_PROJECT_FORM", "不是项目的申报表", "文件看来是部门整体支出绩效目标表或绩效自评表，不是单个项目的绩效目标申报表：只读入了相合的内容，请逐项核对。",
            "导入了「部门整体支出绩效目标表」或「项目支出绩效自评表」。", "导入该项目的「项目支出绩效目标申报表」。"),
        Reader("COLUMN_IN_REMARK", "未知栏目写入备注", "指标表中有一栏不是申报表的栏目（如「数据来源」），其内容已写入各指标的备注：请核对备注。",
            "指标表多出一栏「数据来源」，写着「民政系统台账」。", "该指标的备注为「数据来源：民政系统台账」。"),
        Reader("AMOUNTS_CONVERTED", "金额已由元换算为万元", "原表以元为单位，已换算为万元：请核对换算后的金额。",
            "「金额单位：元」的表格，总预算 138572900。", "总预算 13857.29 万元。"),
        Reader("INVALID_JSON_VALUE", "JSON 中的值无法识别", "JSON 文件中某项的值没有意义，已留空：请按 docs/json.md 填写。",
            "\"direction\": \"up\"", "\"direction\": \"positive\" 或 \"reverse\""),
        Reader("CELL_UNREADABLE", "单元格无法识别", "工作簿中某格不能读作该栏需要的内容（金额、日期、权重、方向），已留空。",
            "金额一栏写「约一万」。", "「1.00」（万元）。"),
        Reader("FORMULA_ERROR", "公式出错", "工作簿中的公式结果是错误值（如 #REF!）：请在 Excel 或 WPS 中修正后再导入。",
            "合计栏显示「#REF!」。", "合计栏公式引用正确的单元格，显示数值。"),
        Reader("FORMULA_NOT_CALCULATED", "公式未计算", "公式没有保存计算结果：请在 Excel 或 WPS 中打开并保存文件后再导入。",
            "由程序生成、从未在 Excel 中打开过的工作簿。", "在 Excel 或 WPS 中打开并保存后的工作簿。"),
        Reader("PROJECT_TYPE_UNKNOWN", "项目类型无法识别", "「项目类型」一格不是五种类型之一：请在填报页中选择项目类型。",
            "项目类型「信息化项目」。", "一般项目、PPP项目、政府债务项目、政府采购项目或政府购买服务项目。"),
    ];

    private static readonly Dictionary<string, GuidanceText> ByKey =
        Categories.Concat(Findings).ToDictionary(g => g.Key, StringComparer.Ordinal);

    /// The explanation for a finding code (MISSING_VALUE) or a level-2 name in any common spelling (数量, 可持续效益),
    /// or null when there is none.
    public static GuidanceText? For(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        var trimmed = key.Trim();
        if (ByKey.TryGetValue(trimmed, out var text)) return text;
        return IndicatorTaxonomy.CanonicalLevel2(trimmed) is { } level2 && ByKey.TryGetValue(level2, out var category) ? category : null;
    }

    private static GuidanceText Category(string level2, string level1, string summary, string poor, string good) =>
        new(level2, level2, summary, poor, good) { Level1 = level1 };

    private static GuidanceText Rule(Rule rule, string summary, string poor, string good) =>
        new(rule.Code, rule.Description, summary, poor, good) { Severity = rule.Severity };

    private static GuidanceText Reader(string code, string title, string summary, string poor, string good) =>
        new(code, title, summary, poor, good);
}
