using System.Text;

namespace Jixiao.Interchange.Excel;

/// The labels printed on the Nanchang form (南昌市预算绩效目标申报表). The writer prints them; the reader finds the
/// form's parts by them (never by fixed positions), comparing <see cref="Key"/>s so that spacing, full-width
/// brackets and a trailing colon do not matter: "编 报 部 门 (盖章)：" finds 编报部门(盖章).
internal static class FormLabels
{
    public const string TitleSuffix = "预算绩效目标申报表";
    public const string DefaultTitle = "南昌市预算绩效目标申报表";

    // ── Header lines (表头) ──
    public const string ProjectName = "项目名称";
    public const string Department = "编报部门(盖章)";
    public const string DepartmentHead = "部门负责人";
    public const string BudgetCode = "部门预算编码";
    public const string FiledOn = "编报时间";
    /// Printed only when the region cannot be read from the title.
    public const string Region = "地区";

    // ── 项目基本情况 ──
    public const string BasicInfoHeading = "项目基本情况";
    public const string AmountUnit = "单位：万元";
    public const string ProjectTypes = "项目类型";
    public const string ProjectLead = "项目负责人";
    public const string ContactPerson = "联系人";
    public const string ContactPhone = "联系电话";
    public const string StartDate = "起始日期";
    public const string EndDate = "结束日期";
    public const string ImplementingUnit = "实施单位";
    public const string ProjectAttribute = "项目属性";
    public const string Overview = "项目概况";
    public const string Measures = "保证项目实施的制度及措施";
    public const string OverallGoal = "项目总目标";
    public const string AnnualGoal = "年度绩效目标";

    // ── Money ──
    public const string BudgetTotal = "项目总预算";
    public const string BudgetCurrentYear = "本年度申请预算";
    public const string BudgetCarryOver = "结转结余总额";
    public const string FundSection = "项目预算资金来源构成";
    public const string FundName = "项目资金来源";
    public const string FundPriorYear = "上年度资金";
    public const string FundCurrentYear = "本年度资金";

    // ── 项目绩效目标 ──
    public const string IndicatorHeading = "项目绩效目标";
    public const string IndicatorSection = "绩效指标";
    public const string Level1 = "一级指标";
    public const string Level2 = "二级指标";
    public const string Name = "三级指标";
    public const string Target = "指标值";
    public const string LongTermTarget = "中长期指标值";
    public const string Unit = "计量单位";
    public const string Direction = "指标性质";
    public const string Operator = "指标方向";
    public const string Weight = "分值";
    public const string ValueBasis = "取值依据";
    public const string Explanation = "指标解释";
    public const string ScoringRule = "评（扣）分标准";
    public const string Remark = "备注";

    // ── 审核意见 and notes ──
    public const string ReviewSection = "审核意见";
    public const string Reviewer = "审核人（盖章）：";
    public const string ReviewDate = "日期：";
    public const string Seal = "电子签章：";
    public const string EmptyDate = "年　　月　　日";
    public const string NotesPrefix = "注：";

    public const string Positive = "正向";
    public const string Reverse = "反向";

    /// The three notes printed under the Nanchang form, without their numbering.
    public static readonly string[] NanchangNotes =
    [
        "表格最后一列“市财政局归口科室”指债务金融科、政府采购监管科；",
        "PPP项目和政府债务项目无须通过绩效评价科审核，对口业务科室审核后，直接交由债务金融科审核；",
        "政府采购项目和政府购买服务项目无须通过绩效评价科审核，对口业务科室审核后，直接交由政府采购监管科审核。",
    ];

    /// The comparison key of a printed label: no whitespace (also the full-width space), ASCII brackets and colon,
    /// no trailing colon. "项 目 名 称：" → "项目名称"; "编报部门（盖章）" → "编报部门(盖章)".
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c switch
            {
                '（' => '(',
                '）' => ')',
                '：' => ':',
                _ => c,
            });
        }
        while (sb.Length > 0 && sb[^1] == ':') sb.Length--;
        return sb.ToString();
    }
}
