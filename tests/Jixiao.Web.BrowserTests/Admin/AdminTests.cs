using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Admin;

public sealed class AdminTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task CreateUser_WithoutPassword_ShowsAOneTimePasswordThatSignsIn()
    {
        var admin = new AdminPage(await ui.SignedInPageAsync("admin"));
        await admin.OpenAsync();

        await admin.CreateUserAsync("filer3", "教育局第二填报人", "填报人", "南昌市教育局");

        await Expect(admin.OneTimePasswordNotice).ToContainTextAsync("filer3");
        await Expect(admin.UserTable.GetByRole(AriaRole.Row).Filter(new() { HasText = "filer3" })).ToContainTextAsync("待修改密码");
        var password = await admin.OneTimePasswordAsync();
        var page = await ui.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync("filer3", password);
        await Expect(new ChangePasswordPage(page).Heading).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ResetPassword_AfterConfirming_ShowsANewOneTimePassword()
    {
        var admin = new AdminPage(await ui.SignedInPageAsync("admin"));
        await admin.OpenAsync();

        await admin.ResetPasswordAsync("proc");

        await Expect(admin.OneTimePasswordNotice).ToContainTextAsync("proc");
        await Expect(admin.UserTable.GetByRole(AriaRole.Row).Filter(new() { HasText = "政府采购监管科审核人" })).ToContainTextAsync("待修改密码");
    }

    [Fact]
    public async Task AddBudgetUnit_UnderADepartment_AppearsInTheTree()
    {
        var admin = new AdminPage(await ui.SignedInPageAsync("admin"));
        await admin.OpenAsync();

        await admin.AddOrganisationAsync("南昌市第一中学", "预算单位", "南昌市教育局", "508101");

        var row = admin.OrganisationTable.GetByRole(AriaRole.Row).Filter(new() { HasText = "南昌市第一中学" });
        await Expect(row).ToContainTextAsync("南昌市教育局");
        await Expect(row).ToContainTextAsync("508101");
    }

    [Fact]
    public async Task AddFinanceSection_WithoutParent_ShowsTheApisReason()
    {
        var admin = new AdminPage(await ui.SignedInPageAsync("admin"));
        await admin.OpenAsync();
        var form = admin.OrganisationTable.Page.GetByRole(AriaRole.Form, new() { Name = "新建组织" });

        await form.GetByLabel("类型").SelectOptionAsync(new SelectOptionValue { Label = "财政局科室" });
        await form.GetByLabel("名称").FillAsync("市财政局第二业务科");
        await form.GetByRole(AriaRole.Button, new() { Name = "新建组织" }).ClickAsync();

        await Expect(admin.Error).ToHaveTextAsync("财政局科室须隶属财政局（parentId），并注明科室类型（sectionKind）。");
    }

    [Fact]
    public async Task Unassign_ThenAssignAgain_UpdatesTheAssignments()
    {
        var admin = new AdminPage(await ui.SignedInPageAsync("admin"));
        await admin.OpenAsync();
        var education = admin.AssignmentTable.GetByRole(AriaRole.Row).Filter(new() { HasText = "南昌市教育局" });
        await Expect(education).ToHaveCountAsync(1);

        await admin.UnassignAsync("市财政局业务科", "南昌市教育局");
        await Expect(education).ToHaveCountAsync(0);
        await admin.AssignAsync("市财政局业务科", "南昌市教育局");

        await Expect(education).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Filer_OpeningAdministration_IsToldTheyMayNot()
    {
        var page = await ui.SignedInPageAsync("filer1");

        await page.GotoAsync("/admin");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("只有管理员可以管理组织和用户。");
    }
}
