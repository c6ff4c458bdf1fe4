using System.Globalization;
using Jixiao.Data.Users;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Review;

namespace Jixiao.Web.Shared.Ui;

/// How the UI writes dates, amounts and names in Chinese: dates as 2022年1月19日 (Beijing time for timestamps),
/// amounts in 万元 with two decimals, culture-invariant whatever the server's locale.
public static class Zh
{
    /// China Standard Time has no daylight saving: a fixed offset needs no time-zone database on the server.
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// 2022年1月19日
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// A stored timestamp (UTC) as its date in Beijing time.
    public static string Date(DateTime utc) => Date(BeijingDate(utc));

    /// The day a stored timestamp (UTC) falls on in Beijing.
    public static DateOnly BeijingDate(DateTime utc) => DateOnly.FromDateTime(ToBeijing(utc));

    /// 2022年1月19日 14:05, Beijing time.
    public static string DateTime(DateTime utc)
    {
        var local = ToBeijing(utc);
        return Date(DateOnly.FromDateTime(local)) + local.ToString(" HH:mm", CultureInfo.InvariantCulture);
    }

    /// 13857.29 — 万元 with two decimals; blank for a blank cell (never an invented 0.00).
    public static string Amount(decimal? wanYuan) =>
        wanYuan is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Status(DeclarationStatus status) => status.Label();

    /// The short name of a stage for tight places (主管部门, 业务科, 绩效评价科 …).
    public static string StageShort(ReviewStage stage) => stage switch
    {
        ReviewStage.CompetentDepartment => "主管部门",
        ReviewStage.FinanceBusiness => "业务科",
        ReviewStage.PerformanceEvaluation => "绩效评价科",
        ReviewStage.DebtFinance => "债务金融科",
        ReviewStage.ProcurementSupervision => "政府采购监管科",
    };

    /// A stage's state in the current round.
    public static string StageState(StageState state) => state switch
    {
        Domain.Review.StageState.Pending => "待审核",
        Domain.Review.StageState.Current => "正在审核",
        Domain.Review.StageState.Approved => "已通过",
        Domain.Review.StageState.Returned => "退回修改",
        Domain.Review.StageState.Rejected => "不予通过",
    };

    /// Where a version came from: created, imported, edited, adjustment.
    public static string Origin(string origin) => origin switch
    {
        "created" => "新建",
        "imported" => "导入",
        "edited" => "修改保存",
        "adjustment" => "调整",
        _ => origin,
    };

    public static string Role(UserRole role) => role switch
    {
        UserRole.Filer => "填报人",
        UserRole.DepartmentReviewer => "主管部门审核人",
        UserRole.SectionReviewer => "财政科室审核人",
        UserRole.Admin => "管理员",
    };

    public static string OrganisationKind(Jixiao.Data.Organisations.OrganisationKind kind) => kind switch
    {
        Data.Organisations.OrganisationKind.FinanceBureau => "财政局",
        Data.Organisations.OrganisationKind.FinanceSection => "财政局科室",
        Data.Organisations.OrganisationKind.Department => "主管部门",
        Data.Organisations.OrganisationKind.BudgetUnit => "预算单位",
    };

    public static string SectionKind(Jixiao.Data.Organisations.SectionKind kind) => kind switch
    {
        Data.Organisations.SectionKind.Business => "业务科",
        Data.Organisations.SectionKind.PerformanceEvaluation => "绩效评价科",
        Data.Organisations.SectionKind.DebtFinance => "债务金融科",
        Data.Organisations.SectionKind.ProcurementSupervision => "政府采购监管科",
    };

    /// general → 一般项目 …; an unknown name is shown as it is.
    public static string ProjectType(string name) =>
        Enum.TryParse<ProjectType>(name, ignoreCase: true, out var type) && Enum.IsDefined(type) ? type.Label() : name;

    public static IReadOnlyList<(string Name, string Label)> ProjectTypes { get; } =
        [.. Enum.GetValues<ProjectType>().Select(t => (System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(t.ToString()), t.Label()))];

    /// approve → 通过, return → 退回修改, reject → 不予通过.
    public static string Decision(string decision) => decision switch
    {
        "approve" => "通过",
        "return" => "退回修改",
        "reject" => "不予通过",
        _ => decision,
    };

    /// The CSS class of a status tag (colours chosen for contrast, see jixiao.css).
    public static string StatusClass(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Draft => "jx-tag jx-tag-draft",
        DeclarationStatus.InReview => "jx-tag jx-tag-review",
        DeclarationStatus.Returned => "jx-tag jx-tag-returned",
        DeclarationStatus.Approved => "jx-tag jx-tag-approved",
        DeclarationStatus.Rejected => "jx-tag jx-tag-rejected",
    };

    private static System.DateTime ToBeijing(System.DateTime utc) =>
        System.DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Beijing;
}
