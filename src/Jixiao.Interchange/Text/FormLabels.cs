namespace Jixiao.Interchange.Text;

/// What a printed label on the form stands for.
internal enum LabelMeaning
{
    ProjectName,
    Department,

    /// 填报单位(盖章): the unit that filled in and stamped the form (Hunan's 项目绩效目标表). It is the department
    /// (编报部门(盖章) on the Nanchang form) unless the form names its 主管部门 too: see DeclarationDraft.PlaceFilingUnit.
    FilingUnit,

    /// 预算单位 / 单位名称: the budget unit whose budget holds the project. It is the department unless the form names its
    /// 主管部门 too; beside one, it is the unit below the department that carries the project out (see
    /// DeclarationDraft.PlaceBudgetUnit).
    BudgetUnit,

    /// 主管部门及代码: "[126]某县水利局", the department with its budget code in brackets before it.
    DepartmentAndCode,
    DepartmentHead,
    BudgetCode,
    FiledOn,
    ProjectLead,
    /// 项目负责人及电话: a name and a phone number in one cell.
    ProjectLeadAndPhone,
    ContactPerson,

    /// 填报人及联系电话: the contact person's name and phone number in one cell.
    ContactPersonAndPhone,
    ContactPhone,
    StartDate,
    EndDate,

    /// 项目起止时间 / 项目期: the start and end dates in one value ("2024年1月1日至2024年12月31日").
    ProjectPeriod,
    Overview,
    Measures,
    OverallGoal,
    AnnualGoal,
    ImplementingUnit,
    ProjectAttribute,
    BudgetTotal,
    BudgetCurrentYear,
    BudgetCarryOver,

    /// 年度 / 预算年度 as a labelled field (most forms print the year under the title instead).
    Year,

    /// A labelled value the model has no field for (项目类别, 立项依据 …): kept in Declaration.OtherFields.
    Other,

    /// 单位：万元 / 金额单位：元 — the unit of the amounts that follow.
    MoneyUnit,

    /// A heading with no value of its own (项目基本情况, 项目绩效目标).
    Heading,

    /// The fund-source table starts here (项目预算资金来源构成, 项目资金(万元), 资金情况).
    FundHeading,

    /// Column headings of the fund-source table.
    FundNameColumn,
    FundPriorYearColumn,
    FundCurrentYearColumn,
    FundAmountColumn,

    /// 上年度预算安排 / 上年度实际执行 (Daqing): last year's budget and spending, not the carried-over 上年度资金; the model
    /// has no column for them (FundSection keeps them in OtherFields).
    FundExecutedColumn,

    /// 中期资金总额 beside 年度资金总额 (central 88号 form): the whole project period's money, read beside the year's.
    FundMidTermTotal,

    /// 项目支出内容及明细预算 (Daqing): a table of what the money buys, below the fund sources (BudgetDetailTable).
    BudgetDetailHeading,

    /// 资金总额 / 年度资金总额: the total of the fund sources (and this year's budget).
    FundTotal,

    /// 项目实施进度计划: a table of work items with their start and end (项目实施内容 | 开始时间 | 完成时间), read by
    /// ProgressPlan; its 开始时间 and 完成时间 are the items', not the project's start and end dates.
    ProgressPlan,
}

/// The printed labels of the header, basic-information and budget parts of the form, as seen on the Nanchang form
/// and other regions' variants. Matching ignores whitespace and the width of brackets and colons.
internal static class FormLabels
{
    public static readonly LabelTrie<LabelMeaning> Trie = new(All());

    private static IEnumerable<(string, LabelMeaning)> All()
    {
        static IEnumerable<(string, LabelMeaning)> Map(LabelMeaning meaning, params string[] labels) => labels.Select(l => (l, meaning));

        return
        [
            .. Map(LabelMeaning.ProjectName, "项目名称", "项目名", "专项名称"),
            .. Map(LabelMeaning.Department, "编报部门(盖章)", "编报部门", "编报单位(盖章)", "编报单位", "主管部门", "项目主管部门",
                "申报单位", "申报单位(盖章)", "部门名称", "主管单位",
                // The provincial department of a transfer form.
                "省级主管部门",
                // Other regions: 主管部门名称 (beside 主管部门编码), 申报单位名称 (Shanghai), and the buying department of a
                // 政府购买服务 form (购买主体（盖章）).
                "主管部门名称", "申报单位名称", "购买主体", "购买主体(盖章)"),
            // Fujian's transfer forms (部门（单位）名称, 主管部门(单位)名称) and Nanjing's 申报部门（单位）.
            .. Map(LabelMeaning.Department, "部门(单位)名称", "主管部门(单位)名称", "申报部门(单位)", "申报部门"),
            // The 预算管理一体化 system's export: 一级主管部门名称 is the department, 项目申报单位名称 the unit below it that
            // declares the project (a filing unit: kept under its label when the department is named too), 项目实施责任人
            // the project's lead with the phone 项目实施责任人联系电话, 项目期目标 the goal of the project's whole period.
            .. Map(LabelMeaning.Department, "一级主管部门名称", "一级主管部门"),
            .. Map(LabelMeaning.FilingUnit, "项目申报单位名称", "项目申报单位"),
            .. Map(LabelMeaning.ProjectLead, "项目实施责任人"),
            .. Map(LabelMeaning.ContactPhone, "项目实施责任人联系电话"),
            .. Map(LabelMeaning.OverallGoal, "项目期目标"),
            // Below the indicator table of the 财预〔2015〕88号 template (佳县): a field of the form, whatever it says; one cell
            // per line, only its being a label ends the table (in cells, FormScanner.IsFieldBelowTable tells it by column).
            .. Map(LabelMeaning.Other, "其他说明的问题", "其他需要说明的问题"),
            .. Map(LabelMeaning.BudgetUnit, "预算单位", "单位名称", "预算单位名称"),
            // The unit that compiles and seals the form (Daqing's 编制单位, Hunan's 填报单位): see DeclarationDraft.PlaceFilingUnit.
            .. Map(LabelMeaning.FilingUnit, "填报单位(盖章)", "填报单位", "编制单位", "编制单位(盖章)"),
            .. Map(LabelMeaning.DepartmentAndCode, "主管部门及代码", "主管部门及编码"),
            .. Map(LabelMeaning.DepartmentHead, "部门负责人", "单位负责人"),
            .. Map(LabelMeaning.BudgetCode, "部门预算编码", "预算编码", "部门编码", "单位编码", "单位代码", "主管部门编码", "主管部门代码"),
            .. Map(LabelMeaning.FiledOn, "编报时间", "编报日期", "填报时间", "填报日期", "申报时间", "申报日期"),
            // Anhui (金安): 项目责任人: above the table, the project's lead under another word.
            .. Map(LabelMeaning.ProjectLead, "项目负责人", "项目责任人"),
            .. Map(LabelMeaning.ProjectLeadAndPhone, "项目负责人及电话", "项目负责人及联系电话", "负责人及电话"),
            .. Map(LabelMeaning.ContactPerson, "联系人", "项目联系人", "填报人", "填表人", "经办人"),
            .. Map(LabelMeaning.ContactPersonAndPhone, "填报人及联系电话", "填报人及电话", "联系人及电话", "联系人及联系电话"),
            .. Map(LabelMeaning.ContactPhone, "联系电话", "电话", "联系方式",
                // Hainan: 项目负责人电话 holds the lead's phone number only, beside no name.
                "项目负责人电话", "负责人电话"),
            .. Map(LabelMeaning.StartDate, "起始日期", "开始日期", "起始时间", "开始时间", "项目开始时间", "项目起始日期",
                // 实施时间 | 预计开始时间：… | 预计完成时间：… (a city review form).
                "预计开始时间"),
            .. Map(LabelMeaning.EndDate, "结束日期", "结束时间", "完成时间", "项目结束时间", "项目结束日期", "预计完成时间"),
            // Not 项目实施时间 / 实施时间, which mostly name timeliness indicators; inside the indicator table these do too
            // (FormScanner does not end the table at them).
            .. Map(LabelMeaning.ProjectPeriod, "项目起止时间", "起止时间", "项目起止日期", "起止日期", "项目实施期", "项目期", "实施期限", "项目期限",
                "项目实施期限", "项目周期", "项目计划实施时间",
                // 政府购买服务: the period the service is bought for is the project's.
                "服务期限",
                // Hebei: 实施周期 | 2024年1月1日至2024年12月31日, the project's period under its 实施主体 and 实施方案.
                "实施周期", "项目实施周期",
                // Nanjing: 项目实施起止时间（年、月）, often split over two lines of its cell.
                "项目实施起止时间"),
            .. Map(LabelMeaning.Overview, "项目概况", "项目总体情况", "项目简介", "项目基本概况", "项目内容",
                // 政府购买服务: what is bought is what the project does.
                "购买服务内容",
                // Hebei: 项目概述, the project's description above 立项依据.
                "项目概述"),
            .. Map(LabelMeaning.Measures, "保证项目实施的制度及措施", "保障措施", "实施措施", "保障绩效目标实现措施", "项目实施保障措施",
                "保障绩效目标实现的措施", "单位已有的(或拟订的)保证项目实施的制度、措施",
                "保证项目实施的制度、措施", "制度措施"),
            // A Jiangxi city's spelling of the Nanchang form's 保证项目实施的制度及措施.
            .. Map(LabelMeaning.Measures, "项目实施的保障措施"),
            .. Map(LabelMeaning.OverallGoal, "项目总目标", "总体目标", "总目标", "中期目标", "中期滚动目标", "长期目标", "中长期目标", "项目中长期目标",
                "项目总体绩效目标"),
            .. Map(LabelMeaning.AnnualGoal, "年度绩效目标", "年度目标", "年度总体目标", "本年度目标", "项目年度目标", "绩效目标",
                // 项目年度绩效目标 also heads an indicator table (Fanben): FormScanner.HeadsATable tells the two apart.
                "项目年度绩效目标",
                // Daqing: under 绩效目标情况 | 预期目标 | 内容, the row 部门（单位）申报 holds the unit's goal.
                "部门(单位)申报",
                // A department-wide form (部门整体支出绩效目标表): the department's goal for the year is what the form has
                // for the annual goal (FormKinds says what kind of form it is).
                "部门整体绩效目标", "整体绩效目标", "部门年度绩效目标"),
            .. Map(LabelMeaning.ImplementingUnit, "实施单位", "项目实施单位", "执行单位", "实施主体", "项目单位", "项目执行单位"),
            .. Map(LabelMeaning.ProjectAttribute, "项目属性", "项目性质", "是否新增"),
            .. Map(LabelMeaning.BudgetTotal, "项目总预算", "总预算"),
            .. Map(LabelMeaning.BudgetCurrentYear, "本年度申请预算", "本年度申请市财政预算资金", "本年度申请财政预算资金", "本年度预算", "年度预算",
                "本年申请金额", "预算数", "预算金额", "申请金额", "本年度申请金额",
                // A budget disclosure's 项目金额：320万元 (Shantou), the year's money, as its project table's column is read.
                "项目金额"),
            .. Map(LabelMeaning.BudgetCarryOver, "结转结余总额", "结转结余", "上年结转",
                // Among the sources of a 资金总额 (财政支出绩效目标申报表): money left from last year, carried over.
                "上年结余收入"),
            .. Map(LabelMeaning.Year, "年度", "预算年度", "项目年度", "申报年度"),
            .. Map(LabelMeaning.Other, "财务负责人", "项目类别", "项目类型", "立项依据", "项目编码", "项目代码", "资金性质",
                "中期市财政预算", "中期预算", "年度总体目标完成情况", "资金用途", "项目资金用途",
                "省级财政部门", "单位职能概述", "项目申请原因", "以前年度项目绩效情况", "功能科目编码", "功能科目名称", "上年度预算安排资金",
                "预期提供的公共产品和服务的数量", "预期效果",
                "归口科室", "部门职能概述", "项目设立的必要性", "项目实施计划", "设立依据",
                // 政府购买服务: who delivers the service and how it is bought.
                "承接主体", "购买方式", "购买服务目录类别", "统一社会信用代码",
                // Hunan's 项目立项情况, a merged label over three labelled values of its own.
                "项目立项的依据", "项目申报的可行性", "项目申报的必要性",
                // Hainan, Chongqing: the weight of the budget execution rate in the project's score (预算执行率权重：10%).
                "预算执行率权重",
                // Hebei: how the project is carried out, beside 实施主体 and 实施周期 (not the 保障措施 measures).
                "实施方案",
                // A central budget-investment form (中央预算内投资计划绩效目标表, Tianjin): the place the money is sent to and
                // the central amount sent, which is not the project's own budget request.
                "下达地方或单位", "下达中央预算内投资"),
            // Nanjing's 预算功能科目, Anhui's 项目来源 (本级申报项目), Fujian's 补助区域 of a transfer form.
            .. Map(LabelMeaning.Other, "预算功能科目", "项目来源", "补助区域"),
            // An in-year monitoring form (绩效监控表) below its indicator table, and an adjustment request (绩效目标调整申请表)
            // above its own: what the unit says of the deviation and the change, which the declaration has no member for.
            .. Map(LabelMeaning.Other, "偏差大或目标完成可能性小的原因分析", "下一步改进措施", "调整原因"),
            .. Map(LabelMeaning.MoneyUnit, "单位", "金额单位", "资金单位"),
            .. Map(LabelMeaning.Heading, "项目基本情况", "项目绩效目标", "基本情况", "项目资金情况", "项目立项情况",
                // Whole headings that start with a field's label (绩效目标, 年度): read whole, not as that label and a value.
                "绩效目标情况",
                // 项目绩效目标描述 | 总目标 | … (a city form): the goals' heading, before their labels.
                "项目绩效目标描述",
                // 方案基本情况 | 一、项目概况 | … (a city review form): the heading of the numbered fields beside it.
                "方案基本情况"),
            .. Map(LabelMeaning.FundHeading, "项目预算资金来源构成", "预算资金来源构成", "资金来源构成", "项目资金", "资金情况", "项目资金申请", "项目资金来源构成",
                // 项目预算（万元） | 资金总额 | 480 (a city form): the fund sources under the budget's heading.
                "项目预算",
                // Hunan's 资金总额及构成 | 总额 | 850万元: a form without a budget line, so its 总额 becomes the total
                // too (DeclarationDraft.DeriveBudgetTotal).
                "资金总额及构成", "项目资金总额及构成",
                // Hebei: 年度预算安排 | 资金总额 | 财政资金 | 其他资金, the year's money as a row of columns (not 年度预算
                // and a value 安排).
                "年度预算安排",
                // A department-wide form: 年度预算申请（万元） | 资金总额 | 3560, then 其中：财政拨款 | 其他资金.
                "年度预算申请"),
            .. Map(LabelMeaning.FundNameColumn, "项目资金来源", "资金来源"),
            .. Map(LabelMeaning.FundPriorYearColumn, "上年度资金", "上年资金"),
            .. Map(LabelMeaning.FundExecutedColumn, "上年度实际执行", "上年度预算安排"),
            .. Map(LabelMeaning.FundMidTermTotal, "中期资金总额"),
            .. Map(LabelMeaning.BudgetDetailHeading, "项目支出内容及明细预算", "项目支出明细预算",
                // 七、项目支出预算明细 | 项目用途 | 金额 | 数量 | …, 八、预期进度与资金支出计划 | 实施起止时间 | 实施内容 | 资金支出计划
                // (a city review form); 项目预算 | 成本构成 | 金额 | 测算（公式）依据 (Hubei): what the money buys, or
                // when it is spent, row by row.
                "项目支出预算明细", "预期进度与资金支出计划", "成本构成", "项目预算成本构成",
                // A department-wide form's 年度主要任务 | 任务名称 | 主要内容 | 预算金额: the year's tasks and what each
                // costs, kept row by row, not the budget (its 预算金额 is one task's).
                "年度主要任务"),
            .. Map(LabelMeaning.FundCurrentYearColumn, "本年度资金", "本年资金"),
            .. Map(LabelMeaning.FundAmountColumn, "金额"),
            .. Map(LabelMeaning.FundTotal, "资金总额", "年度资金总额", "项目资金总额", "总额", "年度金额",
                // Sichuan: 项目资金申请 | 本级单位资金总数： | 850.00, then 其中：当年财政拨款 | 其他资金.
                "本级单位资金总数", "单位资金总数"),
            .. Map(LabelMeaning.ProgressPlan, "项目实施进度计划", "实施进度计划", "项目进度计划"),
        ];
    }

    /// Labels read only after a numbering (三、必要性, 四、可行性 on a city review form): bare, these words name indicators
    /// and sentences more often than fields.
    /// (一)中长期绩效目标 above its paragraph (Cixi, Zhejiang): a numbered heading that holds the long-term goal. Bare, it
    /// would start sentences too.
    public static readonly LabelTrie<LabelMeaning> NumberedOnly = new([("必要性", LabelMeaning.Other), ("可行性", LabelMeaning.Other),
        ("中长期绩效目标", LabelMeaning.OverallGoal), ("项目中长期绩效目标", LabelMeaning.OverallGoal)]);

    /// Labels added for other regions' forms that name indicators too: 项目预算 and 总额 under 成本指标 (≤320万元), 制度措施
    /// 健全, 预期效果 as a level 1. Inside the indicator table they end it only where no indicator stands (FormScanner).
    public static readonly HashSet<string> AlsoNameIndicators =
        ["项目预算", "总额", "年度金额", "成本构成", "制度措施", "预期效果", "项目实施进度计划", "实施进度计划", "项目进度计划", "设立依据", "项目实施计划"];

    /// （单位：万元） on a line of its own under the title: the money unit, in the brackets the title's year line has too.
    public static RowItem? BracketedMoneyUnit(string text)
    {
        if (text.Length < 5 || text[0] is not ('(' or '（') || text[^1] is not (')' or '）')) return null;
        var inner = text[1..^1];
        return Trie.TryMatch(inner, 0, needBoundary: true, out var meaning, out var span) && meaning == LabelMeaning.MoneyUnit && span.Colon
            ? new RowItem(meaning, inner[..span.LabelEnd], null, ChineseText.Normalize(inner.AsSpan(span.End)), 0)
            : null;
    }

    /// Labels whose value is a field of the declaration or of OtherFields (not headings, units or table columns).
    public static bool TakesValue(LabelMeaning meaning) => meaning is not (LabelMeaning.Heading or LabelMeaning.FundHeading
        or LabelMeaning.ProgressPlan or LabelMeaning.FundNameColumn or LabelMeaning.FundPriorYearColumn
        or LabelMeaning.FundCurrentYearColumn or LabelMeaning.FundAmountColumn or LabelMeaning.FundExecutedColumn or LabelMeaning.BudgetDetailHeading);

    /// 签字 / 签名 / 签章 at <paramref name="i"/>: the word a signature line asks with (单位负责人签字：, 填表人签名：).
    public static bool IsSignatureWord(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] == '签' && text[i + 1] is '字' or '名' or '章';

    public static bool IsFundLabel(LabelMeaning meaning) => meaning is LabelMeaning.FundHeading or LabelMeaning.FundNameColumn
        or LabelMeaning.FundPriorYearColumn or LabelMeaning.FundCurrentYearColumn or LabelMeaning.FundAmountColumn or LabelMeaning.FundTotal
        or LabelMeaning.FundExecutedColumn or LabelMeaning.FundMidTermTotal;

    /// A row of the fund table's column headings (项目 | 上年度预算安排 | 上年度实际执行 | 本年度申请金额), with or without
    /// the table's heading before them.
    public static bool IsFundColumnHeading(LabelMeaning meaning) => meaning is LabelMeaning.FundPriorYearColumn
        or LabelMeaning.FundCurrentYearColumn or LabelMeaning.FundExecutedColumn;
}
