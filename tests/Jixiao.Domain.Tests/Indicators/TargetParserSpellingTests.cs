using Jixiao.Domain.Indicators;

namespace Jixiao.Domain.Tests.Indicators;

/// Target values (指标值) as they are spelled on real forms: every spelling of domain notes §4, every distinct value of
/// samples/nanchang-2022-big-data-fund.txt and samples/variants/*.txt (the quantities written into the Nanchang
/// indicator names too), and the spellings seen elsewhere. Expected values are written as <see cref="TargetDescription"/>.
public class TargetParserSpellingTests
{
    public static TheoryData<string, string> Spellings => new()
    {
        // ── operators (domain notes §4) ──
        { "≥90%", "quantity ≥ 90%" },
        { "≤3秒", "duration ≤ 3秒" },
        { "=1个", "quantity = 1个" },
        { ">95%", "quantity > 95%" },
        { "<5%", "quantity < 5%" },
        { ">=8份", "quantity ≥ 8份" },
        { "<=475元/亩", "quantity ≤ 475元/亩" },
        { "＞＝90％", "quantity ≥ 90%" },
        { "＜＝2小时", "duration ≤ 2小时" },
        { "≧95%", "quantity ≥ 95%" },
        { "≦2小时", "duration ≤ 2小时" },
        { "＞90%", "quantity > 90%" },
        { "＜1%", "quantity < 1%" },
        { "＝100%", "quantity = 100%" },
        { "不低于95%", "quantity ≥ 95%" },
        { "不少于1,500个", "quantity ≥ 1500个" },
        { "不高于5%", "quantity ≤ 5%" },
        { "不超过3次", "quantity ≤ 3次" },
        { "达到100%", "quantity ≥ 100%" },
        { "大于等于85%", "quantity ≥ 85%" },
        { "小于等于2小时", "duration ≤ 2小时" },
        { "大于80%", "quantity > 80%" },
        { "低于1%", "quantity < 1%" },
        { "至少3次", "quantity ≥ 3次" },
        { "95%以上", "quantity ≥ 95%" },
        { "90%及以上", "quantity ≥ 90%" },
        { "5%以下", "quantity ≤ 5%" },
        { "3秒以内", "duration ≤ 3秒" },
        { "3个工作日内", "duration ≤ 3个工作日" },
        { "6个月内", "duration ≤ 6个月" },
        // time limits counted from an event (transfer-payment forms' timeliness rows)
        { "收到资金后30日内", "duration ≤ 30日" },
        { "资金到位后3个月内完成", "duration ≤ 3个月" },
        { "3个月内完成", "duration ≤ 3个月" },
        { "申请受理后5个工作日内办结", "duration ≤ 5个工作日" },
        { "项目验收后1年内", "duration ≤ 1年" },
        { "资金到位后3个月内完成50%", "unrecognized" },          // what is done by then is a share, not the limit
        { "资金到位后尽快完成", "phrase" },
        { "收到资金后30人内", "unrecognized" },                  // no time unit: no time limit
        { "±3%以内", "quantity ≤ 3%" },
        { "控制在5%以内", "quantity ≤ 5%" },
        { "≥95%以上", "quantity ≥ 95%" },
        { "≥5%以下", "unrecognized" },
        { "100人左右", "quantity = 100人" },
        { "≥90%（含）", "quantity ≥ 90%" },
        { "约100人", "quantity = 100人" },
        { "100%完成", "quantity = 100%" },

        // ── numbers: bare, thousands, decimals, full-width, stray spaces ──
        { "100%", "quantity = 100%" },
        { "1个", "quantity = 1个" },
        { "0%", "quantity = 0%" },
        { "99.9%", "quantity = 99.9%" },
        { "1,500个", "quantity = 1500个" },
        { "1，500个", "quantity = 1500个" },
        { "≥ 1 500 个", "quantity ≥ 1500个" },
        { "1 500 000元", "quantity = 1500000元" },
        { "8,827,620.53元", "quantity = 8827620.53元" },
        { "１２个月", "duration = 12个月" },
        { "≥ 95 %", "quantity ≥ 95%" },
        { "95百分比", "quantity = 95%" },
        { "3", "quantity = 3" },
        { "-5%", "quantity = -5%" },
        { "1,50个", "unrecognized" },                            // a comma that is no thousands separator

        // ── units (domain notes §4 and the task's list) ──
        { "3项", "quantity = 3项" },
        { "2套", "quantity = 2套" },
        { "5家", "quantity = 5家" },
        { "10辆", "quantity = 10辆" },
        { "2座", "quantity = 2座" },
        { "1000株", "quantity = 1000株" },
        { "20台", "quantity = 20台" },
        { "50件", "quantity = 50件" },
        { "300人次", "quantity = 300人次" },
        { "200户", "quantity = 200户" },
        { "3所", "quantity = 3所" },
        { "10名", "quantity = 10名" },
        { "5篇", "quantity = 5篇" },
        { "4场", "quantity = 4场" },
        { "2批", "quantity = 2批" },
        { "6期", "quantity = 6期" },
        { "1000册", "quantity = 1000册" },
        { "50本", "quantity = 50本" },
        { "100张", "quantity = 100张" },
        { "8条", "quantity = 8条" },
        { "3处", "quantity = 3处" },
        { "500立方米", "quantity = 500立方米" },
        { "10吨", "quantity = 10吨" },
        { "12月", "duration = 12月" },
        { "30天", "duration = 30天" },
        { "15日", "duration = 15日" },
        { "24小时", "duration = 24小时" },
        { "30分钟", "duration = 30分钟" },
        { "2周", "duration = 2周" },
        { "50万元", "quantity = 50万元 (500000元)" },
        { "1000元/人", "quantity = 1000元/人" },
        { "200元/人·月", "quantity = 200元/人·月" },
        { "200元/人・月", "quantity = 200元/人·月" },
        { "2万元/人", "quantity = 2万元/人 (20000元/人)" },
        { "169公里", "quantity = 169公里" },
        { "5千米", "quantity = 5千米" },
        { "800米", "quantity = 800米" },
        { "100M", "quantity = 100M" },
        { "1次/年", "quantity = 1次/年" },
        { "0.5‰", "quantity = 0.5‰" },
        { "10m2", "quantity = 10m2" },
        { "3个百分点", "quantity = 3个百分点" },
        { "≥4万人", "quantity ≥ 4万人 (40000人)" },
        { "2.61万元", "quantity = 2.61万元 (26100元)" },
        { "1.2亿元", "quantity = 1.2亿元 (120000000元)" },
        { "3～5个", "quantity 3..5个" },
        { "90%-95%", "quantity 90..95%" },
        { "90-95%", "quantity 90..95%" },

        // ── deadlines and periods ──
        { "2022年12月31日前", "deadline 2022-12-31" },
        { "2022年12 月31日前", "deadline 2022-12-31" },
        { "2022年12月底前", "deadline 2022-12-31" },
        { "2022年底前", "deadline 2022-12-31" },
        { "2022年12月前", "deadline 2022-12-31" },
        { "2022年6月前", "deadline 2022-06-30" },
        { "2022-12-31前", "deadline 2022-12-31" },
        { "2022.12.31前", "deadline 2022-12-31" },
        { "2022/12/31", "deadline 2022-12-31" },
        { "2022年12月31日", "deadline 2022-12-31" },
        { "２０２２年１２月３１日前", "deadline 2022-12-31" },
        { "2024年2月底前", "deadline 2024-02-29" },
        { "截止2022年12月31日", "deadline 2022-12-31" },
        { "2022年12月31日前完成", "deadline 2022-12-31" },
        { "2022年6月30日前完成项目验收", "deadline 2022-06-30" },
        { "2022年内", "deadline 2022-12-31" },
        { "12月底到位", "deadline --12-31" },
        { "12月底前", "deadline --12-31" },
        { "6月30日前", "deadline --06-30" },
        { "年底前", "deadline --12-31" },
        { "2023.07-2024.01", "period 2023-07-01/2024-01-31" },
        { "2021年1月-12月", "period 2021-01-01/2021-12-31" },
        { "2022年1月至12月", "period 2022-01-01/2022-12-31" },
        { "2022年1月1日-2022年12月31日", "period 2022-01-01/2022-12-31" },
        { "2022年1-12月", "period 2022-01-01/2022-12-31" },
        { "2022.1.1-2022.12.31", "period 2022-01-01/2022-12-31" },
        { "2022年3月—2022年11月", "period 2022-03-01/2022-11-30" },
        { "2021-2023年", "period 2021-01-01/2023-12-31" },
        { "2022年", "deadline 2022-12-31" },
        { "2022.12", "deadline 2022-12-31" },
        { "12月份", "deadline --12-31" },
        { "计划于2022年底前完成", "deadline 2022-12-31" },
        { "不晚于2022年6月30日", "deadline 2022-06-30" },
        { "2022年12月31日24时前", "deadline 2022-12-31" },
        { "2022年全年", "period 2022-01-01/2022-12-31" },
        { "2022年上半年", "period 2022-01-01/2022-06-30" },
        { "2022年第三季度", "period 2022-07-01/2022-09-30" },
        { "2022年三季度完成", "deadline 2022-09-30" },
        { "1-12月", "unrecognized" },                           // a period in a year not written
        { "2022年13月31日前", "unrecognized" },
        { "2022年2月30日前", "unrecognized" },
        { "2022年12月31日前完成50%", "unrecognized" },

        // ── grades (定性) ──
        { "优", "grade 优" },
        { "良", "grade 良" },
        { "优良", "grade 优良" },
        { "中", "grade 中" },
        { "差", "grade 差" },
        { "好", "grade 好" },
        { "较好", "grade 较好" },
        { "一般", "grade 一般" },
        { "达标", "grade 达标" },
        { "合格", "grade 合格" },
        { "高", "grade 高" },
        { "低", "grade 低" },
        { "及时", "grade 及时" },
        { "有效", "grade 有效" },
        { "显著", "grade 显著" },
        { "长期", "grade 长期" },

        // ── vague phrases (VAGUE_VALUE) and plain phrases ──
        { "进一步提高", "vague" },
        { "明显改善", "vague" },
        { "有效提升", "vague" },
        { "稳步提高", "vague" },
        { "持续改善", "vague" },
        { "效果明显", "vague" },
        { "提升", "vague" },
        { "逐步提高", "vague" },
        { "不断提升", "vague" },
        { "显著提升", "vague" },
        { "有所提高", "vague" },
        { "服务水平进一步提高", "vague" },
        { "不断完善", "vague" },
        { "有效保障", "phrase" },
        { "不超预算", "phrase" },
        { "无", "phrase" },
        { "符合GB50300标准", "phrase" },
        { "7×24小时", "phrase" },

        // ── text that wanted to be a number or date (VALUE_UNPARSEABLE / PLACEHOLDER) ──
        { "≥**个", "unrecognized" },
        { "≥**%", "unrecognized" },
        { "≥**万元", "unrecognized" },
        { "XX%", "unrecognized" },
        { "**", "unrecognized" },
        { "x个", "unrecognized" },
        { "待定", "unrecognized" },
        { "……", "unrecognized" },
        { "20XX年12月31日前", "unrecognized" },
        { "3,5.6个", "unrecognized" },
        { "严格按照预算标准1000元/人给补助对象兑付补助", "unrecognized" },
        { "35家单位网络稳定", "unrecognized" },
        { "95%-90%", "unrecognized" },
        { "≥", "unrecognized" },

        // ── not applicable and empty ──
        { "", "missing" },
        { "   ", "missing" },
        { "/", "missing" },
        { "—", "missing" },
        { "-", "missing" },
        { "不适用", "missing" },

        // ── samples/nanchang-2022-big-data-fund.txt: values, and the quantities in the indicator names ──
        { "≥95%", "quantity ≥ 95%" },
        { "2022年12月31日前 ", "deadline 2022-12-31" },
        { ">=8 份", "quantity ≥ 8份" },
        { "≤5000 人", "quantity ≤ 5000人" },
        { "≤2小时", "duration ≤ 2小时" },
        { "≤3次", "quantity ≤ 3次" },
        { "≤1次", "quantity ≤ 1次" },
        { "≥1500个", "quantity ≥ 1500个" },
        { "≥16个", "quantity ≥ 16个" },
        { "39 套", "quantity = 39套" },
        { "12 个月", "duration = 12个月" },
        { "35 家", "quantity = 35家" },
        { "1 次", "quantity = 1次" },

        // ── samples/variants ──
        { "±3%以内 ", "quantity ≤ 3%" },                        // 01 Dongguan
        { "≥1年", "duration ≥ 1年" },                            // 02 Jingyan: operator, value and unit in three cells
        { "≥1人/年", "quantity ≥ 1人/年" },
        { "≥230个", "quantity ≥ 230个" },
        { "=11个", "quantity = 11个" },
        { ">=20平方米", "quantity ≥ 20平方米" },                  // 03 Hengyang
        { ">=4个", "quantity ≥ 4个" },
        { ">=60亩", "quantity ≥ 60亩" },
        { ">=98%", "quantity ≥ 98%" },
        { "<=2875元/个", "quantity ≤ 2875元/个" },
        { "<=3000元/平方米", "quantity ≤ 3000元/平方米" },
        { ">=6万元", "quantity ≥ 6万元 (60000元)" },
        { ">=2.61万元", "quantity ≥ 2.61万元 (26100元)" },
        { ">=60000人", "quantity ≥ 60000人" },
        { ">=29人", "quantity ≥ 29人" },
        { "不少于6万人", "quantity ≥ 6万人 (60000人)" },
        { "<=6962人", "quantity ≤ 6962人" },                     // 04 Linyi
        { "=100%", "quantity = 100%" },
        { "780元/生/年", "quantity = 780元/生/年" },
        { "63人", "quantity = 63人" },                           // 05 Guangyuan
        { "12月底到位 ", "deadline --12-31" },
        { "280次", "quantity = 280次" },                         // 06 Ezhou
        { "200次", "quantity = 200次" },
        { ">92%", "quantity > 92%" },
        { "292%", "quantity = 292%" },

        // ── a note in brackets after the value; a count per period ──
        { "≥95%（抽样）", "quantity ≥ 95%" },
        { "1000人（含教师）", "quantity = 1000人" },
        { "2024年12月31日前（分两批）", "deadline 2024-12-31" },
        { "≥3个(含)", "quantity ≥ 3个" },
        { "每月1次", "quantity = 1次/月" },
        { "每年不少于2次", "quantity ≥ 2次/年" },
        { "每季度≥1次", "quantity ≥ 1次/季度" },
        { "≥2.3（万人）", "quantity ≥ 2.3万人 (23000人)" },
        { "≥95（%）", "quantity ≥ 95%" },
        { "≤30（日）", "duration ≤ 30日" },
        { "≥90（预计）", "quantity ≥ 90" },
        { "100（累计）", "quantity = 100" },

        // ── relative changes (相对变化): a change by an amount, the base only in the text ──
        { "提高0.05", "quantity increase = 0.05" },                 // probe-r11 Xinjiang: 渠系水利用系数
        { "提高5%", "quantity increase = 5%" },
        { "增长10%", "quantity increase = 10%" },
        { "同比增长5%", "quantity increase = 5%" },
        { "环比下降3%", "quantity decrease = 3%" },
        { "年均增长8%", "quantity increase = 8%" },
        { "较上年提高3%", "quantity increase = 3%" },
        { "较上年度增长10%以上", "quantity increase ≥ 10%" },
        { "比上年同期增长8%", "quantity increase = 8%" },
        { "较2023年提高2个百分点", "quantity increase = 2个百分点" },
        { "较基期下降15%", "quantity decrease = 15%" },
        { "降低2个百分点", "quantity decrease = 2个百分点" },
        { "下降5%以上", "quantity decrease ≥ 5%" },
        { "减少20%", "quantity decrease = 20%" },
        { "提高≥5%", "quantity increase ≥ 5%" },
        { "提高不低于5%", "quantity increase ≥ 5%" },
        { "提高5%-10%", "quantity increase 5..10%" },
        { "提升0.02个百分点", "quantity increase = 0.02个百分点" },
        { "提高一个百分点", "quantity increase = 1个百分点" },
        { "上升2%", "quantity increase = 2%" },
        { "缩短2天", "duration decrease = 2天" },
        { "压缩3个工作日", "duration decrease = 3个工作日" },
        { "增加1000人", "quantity increase = 1000人" },
        { "新增5个", "quantity increase = 5个" },
        { "新增就业100人", "quantity increase = 100人" },
        { "增加农民收入500元", "quantity increase = 500元" },
        { "扩大2万亩", "quantity increase = 2万亩 (20000亩)" },
        { "提高到95%", "quantity ≥ 95%" },                        // the level reached, not a change
        { "提升至90%以上", "quantity ≥ 90%" },
        { "降低至5%以下", "quantity ≤ 5%" },
        { "下降到3%", "quantity ≤ 3%" },
        { "降低-5%", "unrecognized" },
        { "提高服务质量", "phrase" },                              // no amount: a phrase, as before
        { "新增就业岗位不少于100个", "unrecognized" },              // the object is too long to pass for a unit's subject

        // ── daily hours (开放时间, 服务时间): a period that recurs every day ──
        { "每日6:00-23:00", "daily 06:00-23:00" },                  // probe-r11 Mianyang: 开放时间
        { "每天9:00-17:00", "daily 09:00-17:00" },
        { "8:30-17:30", "daily 08:30-17:30" },
        { "8：30—17：30", "daily 08:30-17:30" },
        { "8时-18时", "daily 08:00-18:00" },
        { "8点至17点30分", "daily 08:00-17:30" },
        { "每天8点半-17点", "daily 08:30-17:00" },
        { "全天0:00-24:00", "daily 00:00-24:00" },
        { "全天24小时", "daily 00:00-24:00" },
        { "22:00-6:00", "daily 22:00-06:00" },                      // past midnight
        { "工作日9:00-17:00", "working days 09:00-17:00" },
        { "周一至周五9:00-17:00", "working days 09:00-17:00" },
        { "每个工作日8:30-12:00", "working days 08:30-12:00" },
        { "8-17", "quantity 8..17" },                               // no clock mark: a range of numbers
        { "每日25:00-26:00", "unrecognized" },

        // ── a date and the work done by then ──
        { "2021年12月底完成项目规划相关工作。", "deadline 2021-12-31" },   // probe-r11 Ningxia: 完成时限
        { "12月底完成资金拨付工作", "deadline --12-31" },
        { "2024年6月建成投用", "deadline 2024-06-30" },
        { "2022年底完成50%", "unrecognized" },                       // a second target after the date

        // ── numbers in Chinese numerals; 万/亿 stay the unit's magnitude ──
        { "一年", "duration = 1年" },
        { "两年", "duration = 2年" },
        { "三个月内", "duration ≤ 3个月" },
        { "三个月内完成", "duration ≤ 3个月" },
        { "半年内", "duration ≤ 0.5年" },
        { "十个", "quantity = 10个" },
        { "五项", "quantity = 5项" },
        { "三次", "quantity = 3次" },
        { "不少于两次", "quantity ≥ 2次" },
        { "两个以上", "quantity ≥ 2个" },
        { "一百零五人", "quantity = 105人" },
        { "二十个工作日内", "duration ≤ 20个工作日" },
        { "每年一次", "quantity = 1次/年" },
        { "每季度一次", "quantity = 1次/季度" },
        { "每年两次", "quantity = 2次/年" },
        { "一万人", "quantity = 1万人 (10000人)" },
        { "三千人", "quantity = 3000人" },
        { "一千万元", "quantity = 1000万元 (10000000元)" },
        { "百分之九十五", "quantity = 95%" },
        { "≥百分之90", "quantity ≥ 90%" },
        { "一致", "phrase" },                                       // words that start with a numeral stay words ("一般" above)
        { "三月", "phrase" },                                       // March, not three months
        { "一季度", "phrase" },                                     // the first quarter, not one
        { "三四个", "phrase" },
        { "一年一次", "phrase" },

        // ── more spellings seen on published forms ──
        { "90%（含）以上", "quantity ≥ 90%" },
        { "98%以上（含98%）", "quantity ≥ 98%" },
        { "不低于90%（含）", "quantity ≥ 90%" },
        { "≥90分", "quantity ≥ 90分" },
        { "3-5年", "duration 3..5年" },
        { "10年以上", "duration ≥ 10年" },
        { "1000万元以内", "quantity ≤ 1000万元 (10000000元)" },
        { "≥3.5亿元", "quantity ≥ 3.5亿元 (350000000元)" },
        { "每半年1次", "quantity = 1次/半年" },
        { "2024年第三季度", "period 2024-07-01/2024-09-30" },
        { "2024年第3季度", "period 2024-07-01/2024-09-30" },
        { "2024年第三季度前", "deadline 2024-09-30" },
        { "2024年度", "deadline 2024-12-31" },
        { "2024年至2026年", "period 2024-01-01/2026-12-31" },
        { "2024年1月1日至2024年12月31日", "period 2024-01-01/2024-12-31" },
        { "2024年12月31号前", "deadline 2024-12-31" },
        { "全年", "phrase" },
        { "长期有效", "phrase" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Parse_RealWorldSpelling_GivesExpectedValue(string text, string expected) =>
        Assert.Equal(expected, TargetDescription.Of(TargetParser.Parse(text)));

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Parse_FormattedValue_GivesTheSameValueBack(string text, string expected)
    {
        _ = expected;
        var value = TargetParser.Parse(text);
        var canonical = value.Format();

        var again = TargetParser.Parse(canonical);

        if (value is MissingTarget)
            Assert.Equal("", canonical);
        else
        {
            Assert.Equal(TargetDescription.Of(value), TargetDescription.Of(again));
            Assert.True(again.SameValueAs(value), $"{text} → {canonical} → {again}");
        }
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Parse_AnySpelling_KeepsTheTrimmedTextAsWritten(string text, string expected)
    {
        var value = TargetParser.Parse(text);

        Assert.Equal(expected == "missing" && text.Trim() is "" ? "" : text.Trim(), value.Text);
    }
}
