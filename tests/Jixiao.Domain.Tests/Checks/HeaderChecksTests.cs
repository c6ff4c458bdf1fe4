using Jixiao.Testing.Builders;

namespace Jixiao.Domain.Tests.Checks;

public class HeaderChecksTests
{
    public static TheoryData<string> RequiredFields =>
    [
        "year", "projectName", "department", "departmentHead", "budgetCode", "filedOn", "projectLead", "contactPerson",
        "contactPhone", "startDate", "endDate", "overview", "measures", "overallGoal", "annualGoal", "budget.total",
        "budget.currentYear",
    ];

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void RequiredField_FieldBlank_ReportsThatFieldAlone(string field)
    {
        var findings = Check.Run(A.Declaration().Without(field));

        var finding = findings.Single("REQUIRED_FIELD");
        Assert.Equal(field, finding.Location);
        Assert.StartsWith("未填写「", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredField_WhitespaceOnly_CountsAsBlank()
    {
        var findings = Check.Run(A.Declaration().WithProjectName("  \t "));

        Assert.Equal("projectName", findings.Single("REQUIRED_FIELD").Location);
    }

    [Fact]
    public void RequiredField_CarryOverBlank_IsNotRequired()
    {
        var findings = Check.Run(A.Declaration().WithBudget(total: 10000m, thisYear: 10000m, carryOver: null)
            .WithFundSource("合计", null, 10000m).WithFundSource("财政拨款", null, 10000m).WithFundSource("本级财政安排", null, 10000m));

        Assert.Empty(findings);
    }

    [Fact]
    public void RequiredField_SeveralBlank_ReportsEachOnce()
    {
        var findings = Check.Run(A.Declaration().Without("projectLead").Without("contactPerson").Without("contactPhone"));

        Assert.Equal(["projectLead", "contactPerson", "contactPhone"], findings.Coded("REQUIRED_FIELD").Select(f => f.Location));
    }

    [Fact]
    public void DateRange_EndBeforeStart_ReportsEndDate()
    {
        var findings = Check.Run(A.Declaration().WithPeriod(new DateOnly(2022, 12, 31), new DateOnly(2022, 1, 1)));

        var finding = findings.Single("DATE_RANGE");
        Assert.Equal("endDate", finding.Location);
        Assert.Contains("2022年1月1日", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateRange_StartAndEndSameDay_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithPeriod(new DateOnly(2022, 6, 1), new DateOnly(2022, 6, 1)));

        Assert.Empty(findings.Coded("DATE_RANGE"));
    }

    [Fact]
    public void DateRange_BudgetYearAfterThePeriod_ReportsEndDate()
    {
        var findings = Check.Run(A.Declaration().WithPeriod(new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31)));

        var finding = findings.Single("DATE_RANGE");
        Assert.Equal("endDate", finding.Location);
        Assert.Contains("2022 年", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateRange_BudgetYearBeforeThePeriod_ReportsStartDate()
    {
        var findings = Check.Run(A.Declaration().WithYear(2021));

        Assert.Equal("startDate", findings.Single("DATE_RANGE").Location);
    }

    [Fact]
    public void DateRange_MultiYearPeriodContainingTheYear_IsFine()
    {
        var findings = Check.Run(A.Declaration().WithPeriod(new DateOnly(2021, 7, 1), new DateOnly(2023, 6, 30)));

        Assert.Empty(findings.Coded("DATE_RANGE"));
    }

    [Fact]
    public void DateRange_EndBeforeStart_DoesNotAlsoJudgeTheYear()
    {
        var findings = Check.Run(A.Declaration().WithPeriod(new DateOnly(2024, 1, 1), new DateOnly(2023, 1, 1)));

        Assert.Equal("endDate", findings.Single("DATE_RANGE").Location);
    }

    [Theory]
    [InlineData("18107000408")]
    [InlineData("181 0700 0408")]
    [InlineData("181-0700-0408")]
    [InlineData("+86 18107000408")]
    [InlineData("0791-83881234")]
    [InlineData("(0791)83881234")]
    [InlineData("079183881234")]
    [InlineData("010-62345678")]
    [InlineData("0791-8388123")]
    [InlineData("0791-83881234-8001")]
    [InlineData("0791-83881234转8001")]
    [InlineData("0791-83881234、13907001234")]
    public void PhoneFormat_MobileOrFixedLineWithAreaCode_IsFine(string phone)
    {
        var findings = Check.Run(A.Declaration().WithContactPhone(phone));

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("83881234")]
    [InlineData("1810700040")]
    [InlineData("12107000408")]
    [InlineData("陈凯孝")]
    [InlineData("0791-838812")]
    [InlineData("0791-83881234、1390700")]
    public void PhoneFormat_NotAPhoneNumber_Warns(string phone)
    {
        var findings = Check.Run(A.Declaration().WithContactPhone(phone));

        var finding = findings.Single("PHONE_FORMAT");
        Assert.Equal("contactPhone", finding.Location);
        Assert.Equal(Domain.Checks.Severity.Warning, finding.Severity);
    }

    [Fact]
    public void PhoneFormat_TemplateLeftover_IsLeftToPlaceholder()
    {
        var findings = Check.Run(A.Declaration().WithContactPhone("189XXXXXXXX"));

        Assert.Empty(findings.Coded("PHONE_FORMAT"));
        Assert.Equal("contactPhone", findings.Single("PLACEHOLDER").Location);
    }
}
