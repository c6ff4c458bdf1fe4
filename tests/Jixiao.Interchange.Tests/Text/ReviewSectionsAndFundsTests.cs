using Jixiao.Domain.Review;
using static Jixiao.Interchange.Tests.Text.TestForms;

namespace Jixiao.Interchange.Tests.Text;

/// Stop 13, round 2: review boxes signed by two departments on one line of text, fund-source lists of siblings, and
/// the unit's row of a project table taken as the department.
public class ReviewSectionsAndFundsTests
{
    // ── Review boxes ──

    [Fact]
    public void FinanceBoxWithBothSectionsOnOneSpacedLine_GivesOneBoxPerSection_SignaturesWhereSigned()
    {
        // 市财政局审核意见  业务科室审核人：李娜  日期：…  绩效科审核人：  日期：: the section names glued to their
        // signature labels were not known as sections, so 业务科室 became the box's opinion and 绩效科审核人 part of
        // the reviewer's name.
        var form = Read("city-finance-review-sections-one-line-spaces.txt").Declaration;
        Assert.Equal(4, form.Reviews.Count);
        var business = form.Reviews[2];
        Assert.Equal("市财政局审核意见（业务科室）", business.Label);
        Assert.Equal(ReviewBoxKind.FinanceBusiness, business.Kind);
        Assert.Null(business.Opinion);
        Assert.Equal("李娜", business.Reviewer);
        Assert.Equal(new DateOnly(2024, 1, 15), business.Date);
        var performance = form.Reviews[3];
        Assert.Equal("市财政局审核意见（绩效科）", performance.Label);
        Assert.Equal(ReviewBoxKind.PerformanceEvaluation, performance.Kind);
        Assert.Null(performance.Opinion);
        Assert.Null(performance.Reviewer);
        Assert.Null(performance.Date);
        // The boxes around it are read as before.
        Assert.Equal(("同意申报", "王刚"), (form.Reviews[0].Opinion, form.Reviews[0].Reviewer));
        Assert.Null(form.Reviews[1].Reviewer);
    }
}
