using System.Collections.Frozen;
using Jixiao.Domain.Indicators;
using static Jixiao.Domain.Indicators.IndicatorTaxonomy;

namespace Jixiao.Domain.Checks;

/// Checks of the indicator table's structure (绩效指标表): the taxonomy, filled rows, distinct names, and, over the
/// whole table, the categories it covers and how much its values say.
internal static class IndicatorTableChecks
{
    /// TAXONOMY: level 1 is one of 产出指标, 效益指标, 满意度指标 (and 成本指标 under 财预〔2021〕101号).
    public static Finding? Level1MustBeKnown(in IndicatorRow row) =>
        row.Taxonomy.Level1IsKnown ? null : UnknownLevel1(row, row.Indicator.Level1);

    public static bool IsKnownLevel1(string level1) => Known.Level1.Contains(level1);

    // The findings of the row checks are made apart from the checks, which run on every row (see TargetValueChecks).
    private static Finding UnknownLevel1(in IndicatorRow row, string level1)
    {
        return Rules.Taxonomy.At(row.At("level1"), FormText.IsBlank(level1)
                ? $"{row.Label}未填写一级指标：请选择产出指标、效益指标或满意度指标。"
                : $"{row.Label}的一级指标「{level1}」不是规定的一级指标：应为产出指标、效益指标、满意度指标（按财预〔2021〕101号还有成本指标）。",
            CanonicalLevel1(level1) is { } canonical ? $"一级指标写作「{canonical}」。" : null);
    }

    /// TAXONOMY: level 2 is a known level 2 and belongs to the row's level 1 under the table's schema: under 101号,
    /// 成本指标 is a level 1 of its own and no longer sits under 产出指标.
    public static Finding? Level2MustBelongToLevel1(in IndicatorRow row, IndicatorSchema schema) => row.Taxonomy.Level2 switch
    {
        Level2Fit.Fine => null,
        Level2Fit.Unknown => UnknownLevel2(row, row.Indicator.Level2),
        _ => Level2ElsewhereThanLevel1(row, schema, row.Indicator.Level1, row.Indicator.Level2),
    };

    /// How level 2 fits level 1 under the schema; <see cref="RowTaxonomy"/> asks once for each pair of them.
    public static Level2Fit FitOfLevel2(IndicatorSchema schema, string level1, string level2, bool level1IsKnown, bool level2IsBlank)
    {
        // A blank level 2 is reported after the pass (Level2MustBeGiven): once for a table that names none.
        if (level2IsBlank) return Level2Fit.Fine;
        if (!Known.Level2.Contains(level2)) return Level2Fit.Unknown;
        if (!level1IsKnown || Known.Belongs(schema, level1, level2)) return Level2Fit.Fine;
        return Level2Fit.Elsewhere;
    }

    /// TAXONOMY: every row has a level 2. A table that names none (its 二级指标 column holds the names, or it has no
    /// such column; at most the one level 2 a level 1 allows, 服务对象满意度指标) gets one finding, not one per row: the
    /// filer has one thing to do, and a page of the same line hides the other findings.
    public static void Level2MustBeGiven(IndicatorTableFacts facts, IReadOnlyList<Indicator> indicators, List<Finding> findings)
    {
        if (facts.BlankLevel2Rows is not { } blank) return;
        if (facts.NamesNoLevel2)
        {
            findings.Add(Rules.Taxonomy.At("indicators",
                $"指标表没有填写二级指标：{Zh.Number(blank.Count)}条指标没有所属的二级指标，无法看出各项产出、效益是否都已衡量。",
                "为每条指标选择所属的二级指标：产出指标下选数量、质量、时效、成本指标，效益指标下选经济效益、社会效益、生态效益或可持续影响指标。"));
            return;
        }
        foreach (var index in blank) findings.Add(MissingLevel2(index, indicators[index].Name));
    }

    private static Finding MissingLevel2(int index, string name) =>
        Rules.Taxonomy.At(RowLocations.Of(index, "level2"), $"{new RowLabel(index, name)}未填写二级指标：请选择所属的二级指标（如数量指标、社会效益指标）。");

    private static Finding UnknownLevel2(in IndicatorRow row, string level2) =>
        Rules.Taxonomy.At(row.At("level2"),
            $"{row.Label}的二级指标「{level2}」不是规定的二级指标：请选用规定的二级指标。",
            CanonicalLevel2(level2) is { } canonical ? $"二级指标写作「{canonical}」。" : null);

    private static Finding Level2ElsewhereThanLevel1(in IndicatorRow row, IndicatorSchema schema, string level1, string level2)
    {
        if (schema == IndicatorSchema.Fiscal2021No101 && level1 == Output && level2 == OutputCost)
            return Rules.Taxonomy.At(row.At("level2"),
                $"本表已按财预〔2021〕101号把成本指标列为一级指标，{row.Label}却仍在产出指标下的成本指标中：一张表只能用一种指标体系。",
                "把这条指标移到一级指标「成本指标」下的经济成本指标、社会成本指标或生态环境成本指标。");
        var home = Level1Of(level2, schema);
        var siblings = string.Join("、", Level2Names(schema, level1));
        return Rules.Taxonomy.At(row.At("level2"),
            $"{row.Label}的二级指标「{level2}」不属于一级指标「{level1}」：{level1}下的二级指标是{siblings}。",
            home is not null ? $"把这条指标移到一级指标「{home}」下。" : $"二级指标选用{siblings}之一。");
    }

    /// MISSING_VALUE: every row has a name (三级指标).
    public static Finding? NameMustBeGiven(in IndicatorRow row) => FormText.IsBlank(row.Name) ? NameMissing(row) : null;

    private static Finding NameMissing(in IndicatorRow row) =>
        Rules.MissingValue.At(row.At("name"), $"{row.Label}没有三级指标名称：请写明衡量什么，或删去这一行。");

    /// MISSING_VALUE: every row has a target value (指标值). In a table that gives long-term values only
    /// (<paramref name="longTermOnly"/>), the rows are reported once, by <see cref="AnnualValuesMustBeGiven"/>.
    public static Finding? TargetMustBeGiven(in IndicatorRow row, bool longTermOnly) =>
        !longTermOnly && (row.Target is MissingTarget || (row.Target is QualitativeTarget phrase && FormText.IsBlank(phrase.Phrase)))
            ? TargetMissing(row)
            : null;

    /// Whether the table gives long-term values only (中长期绩效指标 with no annual column, 慈溪's disclosure): two rows
    /// or more, each with a long-term value and no annual one. Stops at the first row with an annual value, the first
    /// row on nearly every form.
    public static bool GivesLongTermValuesOnly(IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count < 2) return false;
        foreach (var indicator in indicators)
            if (indicator.Target is not MissingTarget || indicator.LongTermTarget is null or { Kind: TargetKind.Missing }) return false;
        return true;
    }

    /// MISSING_VALUE, once for a table that gives long-term values only: the annual values are still what this year is
    /// reviewed and scored on (decision 0010), but the filer has one thing to do, and a page of the same line hides the
    /// other findings (as TAXONOMY says a table without level 2s once).
    public static void AnnualValuesMustBeGiven(bool longTermOnly, int rows, List<Finding> findings)
    {
        if (!longTermOnly) return;
        findings.Add(Rules.MissingValue.At("indicators",
            $"指标表没有年度指标值：{Zh.Number(rows)}条指标只有长期指标值，没有年度指标值，本年度无法据此评审。",
            "为每条指标填写本年度的目标值（本年度申报只评审年度指标值）；本年度不考核的指标删去。"));
    }

    // A row of a form's long-term table (长期绩效指标) that its annual table leaves out has a long-term value only.
    // The annual value is still what this year is reviewed and scored on, so it stays an error, but the message says
    // which of the two is missing, and that a row not assessed this year is dropped from this year's declaration.
    private static Finding TargetMissing(in IndicatorRow row) =>
        row.Indicator.LongTermTarget is { Kind: not TargetKind.Missing } longTerm
            ? Rules.MissingValue.At(row.At("target"),
                $"{row.Label}只有长期指标值「{longTerm.Text}」，没有年度指标值：请填写本年度的目标值。",
                "本年度也考核的，填写年度指标值；本年度不考核的，删去这条指标（本年度申报只评审年度指标值）。")
            : Rules.MissingValue.At(row.At("target"), $"{row.Label}没有指标值：请填写目标值，如「≥95%」「=1个」「2022年12月31日前」。");

    /// DUPLICATE_INDICATOR: a name appears once in the table; the second occurrence is reported.
    public static Finding? NameMustNotRepeat(in IndicatorRow row, IndicatorTableFacts facts) =>
        facts.EarlierRowNamed(row) is { } earlier ? Repeated(row, earlier) : null;

    private static Finding Repeated(in IndicatorRow row, int earlier) =>
        Rules.DuplicateIndicator.At(row.At("name"),
            $"{row.Label}与第{Zh.Number(earlier + 1)}条指标重名：同一指标只写一次。",
            "删去重复的一条，或在名称中写明两者的区别。");

    /// REQUIRED_CATEGORY: the table has at least one output (产出) and one benefit (效益) indicator.
    public static void OutputAndBenefitMustBeDeclared(IndicatorTableFacts facts, List<Finding> findings)
    {
        if (!facts.HasOutput)
            findings.Add(Rules.RequiredCategory.At("indicators", "绩效指标中没有产出指标：请至少填写一条产出指标，说明项目完成什么。",
                "如产出指标 / 数量指标「平台建设」=1个。"));
        if (!facts.HasBenefit)
            findings.Add(Rules.RequiredCategory.At("indicators", "绩效指标中没有效益指标：请至少填写一条效益指标，说明项目带来什么效果。",
                "如效益指标 / 社会效益指标「业务事项网上办理率」≥90%。"));
    }

    /// CATEGORY_COVERAGE: the outputs cover quantity, quality, timeliness and cost, and someone's satisfaction is
    /// measured. Only said of a table that has outputs (else REQUIRED_CATEGORY has said more).
    public static void OutputsMustCoverEveryAspect(IndicatorTableFacts facts, List<Finding> findings)
    {
        // A table that names no level 2 is reported once by TAXONOMY (Level2MustBeGiven); which aspects its outputs
        // cover cannot be told.
        if (facts.HasOutput && !facts.NamesNoLevel2)
        {
            var missing = new List<string>(4);
            if (!facts.HasQuantity) missing.Add(Quantity);
            if (!facts.HasQuality) missing.Add(Quality);
            if (!facts.HasTimeliness) missing.Add(Timeliness);
            if (!facts.HasCost) missing.Add(OutputCost);
            if (missing.Count > 0)
                findings.Add(Rules.CategoryCoverage.At("indicators",
                    $"产出指标缺少{string.Join("、", missing)}：产出应从数量、质量、时效、成本几方面衡量。",
                    $"为每一类补一条指标，如{string.Join("，", missing.Select(Example))}。"));
        }
        if (facts.RowCount > 0 && !facts.HasSatisfaction)
            findings.Add(Rules.CategoryCoverage.At("indicators", "没有满意度指标：请填写服务对象满意度指标。",
                "如满意度指标 / 服务对象满意度指标「用户满意度」≥90%。"));
    }

    /// ALL_HUNDRED_PERCENT: when most quantitative values are 100%, the targets say little about what the money buys.
    public static void ValuesMustNotMostlyBeHundredPercent(IndicatorTableFacts facts, CheckOptions options, List<Finding> findings)
    {
        var (count, hundred) = (facts.QuantitativeCount, facts.HundredPercentCount);
        if (count < options.AllHundredPercentMinimumCount || hundred < options.AllHundredPercentShare * count) return;
        findings.Add(Rules.AllHundredPercent.At("indicators",
            $"{Zh.Number(count)} 个定量指标值中有 {Zh.Number(hundred)} 个是「100%」：这样的目标说明不了项目要完成多少、做到多好。",
            "数量指标写明数量（如「=1个」「≥1500个」），质量指标写明标准（如「≥95%」「≤3秒」），只在确实要求全部达到时写100%。"));
    }

    private static string Example(string level2) => level2 switch
    {
        Quantity => "数量指标「系统建设」=1套",
        Quality => "质量指标「验收合格率」≥95%",
        Timeliness => "时效指标「项目完成时间」2022年12月31日前",
        _ => "成本指标「项目建设成本」≤500万元",
    };

    /// The taxonomy of <see cref="IndicatorTaxonomy"/> as sets, so that a row costs a few hash lookups.
    private static class Known
    {
        public static readonly FrozenSet<string> Level1 = Enum.GetValues<IndicatorSchema>()
            .SelectMany(Level1Names).ToFrozenSet(StringComparer.Ordinal);

        public static readonly FrozenSet<string> Level2 = Enum.GetValues<IndicatorSchema>()
            .SelectMany(schema => Level1Names(schema).SelectMany(level1 => Level2Names(schema, level1)))
            .ToFrozenSet(StringComparer.Ordinal);

        // Within one schema every level 2 has exactly one level 1, so "belongs" is one lookup of the level 2's home.
        private static readonly FrozenDictionary<string, string> HomeUnder88 = Homes(IndicatorSchema.Fiscal2015No88);
        private static readonly FrozenDictionary<string, string> HomeUnder101 = Homes(IndicatorSchema.Fiscal2021No101);

        public static bool Belongs(IndicatorSchema schema, string level1, string level2) =>
            (schema == IndicatorSchema.Fiscal2021No101 ? HomeUnder101 : HomeUnder88).TryGetValue(level2, out var home) && home == level1;

        private static FrozenDictionary<string, string> Homes(IndicatorSchema schema) => Level1Names(schema)
            .SelectMany(level1 => Level2Names(schema, level1).Select(level2 => (level1, level2)))
            .ToFrozenDictionary(pair => pair.level2, pair => pair.level1, StringComparer.Ordinal);
    }
}
