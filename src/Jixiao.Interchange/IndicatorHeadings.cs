namespace Jixiao.Interchange;

/// The columns of the indicator table (项目绩效目标表).
internal enum IndicatorField
{
    Level1,
    Level2,
    Name,
    Target,
    LongTermTarget,
    Unit,
    Direction,
    Operator,
    Weight,
    ValueBasis,
    Explanation,
    ScoringRule,
    Remark,
}

/// The headings of the indicator table's columns in every spelling seen on real forms and in workbooks users edited.
/// One list for every reader: a heading the text reader knows from another region's form is read in a workbook too.
/// Spaces, full-width brackets and colons are the readers' business (they match loosely), not the list's.
internal static class IndicatorHeadings
{
    public static IReadOnlyList<string> Of(IndicatorField field) => field switch
    {
        // 评价内容 heads the level columns of the 财政支出项目绩效目标申报表(范本) (投入/产出/效益 | 数量目标 …).
        IndicatorField.Level1 => ["一级指标", "一级", "一级指标名称", "评价内容"],
        IndicatorField.Level2 => ["二级指标", "二级", "二级指标名称"],
        IndicatorField.Name => ["三级指标", "三级", "三级指标名称", "指标名称", "指标内容", "绩效指标名称", "具体指标", "绩效内容"],
        IndicatorField.Target => ["指标值", "年度数值", "目标值", "年度指标值", "年度目标值", "当年预期实现值", "预期目标值", "计划指标值",
            "绩效指标值", "年度值", "年度指标", "指标目标值", "预期值", "目标值(年度)", "指标值(年度)", "年度预期目标值", "本年度指标值",
            "预期指标值", "年度预期指标值", "绩效目标值", "本年度计划水平", "本年计划水平",
            // A 绩效目标调整申请表: the target after the adjustment is the one the project is now held to; the value before
            // it (调整前指标值) is kept in the remark under its heading.
            "调整后指标值"],
        IndicatorField.LongTermTarget => ["中长期指标值", "中期指标值", "长期指标值", "中长期目标值", "中期目标值", "中长期指标", "实施期指标值",
            "整体指标值", "指标值(中长期)"],
        IndicatorField.Unit => ["计量单位", "度量单位", "单位", "指标单位", "绩效度量单位"],
        IndicatorField.Direction => ["指标性质", "指标属性", "绩效指标性质"],
        IndicatorField.Operator => ["指标方向", "指标方向性", "运算符号", "符号"],
        IndicatorField.Weight => ["分值", "权重", "指标分值", "指标权重", "权重(%)", "分值(分)", "分值权重", "权重(分值)"],
        IndicatorField.ValueBasis => ["绩效标准", "取值依据", "指标值确定依据", "评价标准", "指标值设定依据", "标准", "参考标准"],
        IndicatorField.Explanation => ["指标解释", "指标说明", "指标内涵", "指标解释说明", "指标值说明", "指标内容/计算公式", "计算公式"],
        IndicatorField.ScoringRule => ["评(扣)分标准", "评分标准", "扣分标准", "评分规则", "评(扣)分规则", "评分细则"],
        IndicatorField.Remark => ["备注", "说明"],
    };
}
