using Jixiao.Web.BrowserTests.Infrastructure;

namespace Jixiao.Web.BrowserTests.Pages;

/// 系统管理: users and roles, organisations, business-section assignments. Interactive.
public sealed class AdminPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/admin");
        await page.WaitForInteractiveAsync();
    }

    public ILocator UserForm => page.GetByRole(AriaRole.Form, new() { Name = "新建用户" });

    public ILocator UserTable => page.GetByRole(AriaRole.Table, new() { Name = "用户列表" });

    public ILocator OrganisationTable => page.GetByRole(AriaRole.Table, new() { Name = "组织列表" });

    public ILocator AssignmentTable => page.GetByRole(AriaRole.Table, new() { Name = "分工列表" });

    /// The notice with a one-time password (shown once, after creating a user or resetting a password).
    public ILocator OneTimePasswordNotice => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "一次性密码" });

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task CreateUserAsync(string userName, string displayName, string role, string organisation)
    {
        await UserForm.GetByLabel("用户名").FillAsync(userName);
        await UserForm.GetByLabel("姓名").FillAsync(displayName);
        await UserForm.GetByLabel("角色").SelectOptionAsync(new SelectOptionValue { Label = role });
        await UserForm.GetByLabel("所属组织").SelectOptionAsync(new SelectOptionValue { Label = organisation });
        await UserForm.GetByRole(AriaRole.Button, new() { Name = "新建用户" }).ClickAsync();
    }

    /// The one-time password shown in the notice.
    public async Task<string> OneTimePasswordAsync() => (await OneTimePasswordNotice.Locator("code").InnerTextAsync()).Trim();

    public async Task ResetPasswordAsync(string userName)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"重置密码：{userName}", Exact = true }).ClickAsync();
        await ConfirmAsync();
    }

    public async Task AddOrganisationAsync(string name, string kind, string parent, string? budgetCode = null)
    {
        var form = page.GetByRole(AriaRole.Form, new() { Name = "新建组织" });
        await form.GetByLabel("类型").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await form.GetByLabel("名称").FillAsync(name);
        await form.GetByLabel("上级组织").SelectOptionAsync(new SelectOptionValue { Label = parent });
        if (budgetCode is not null) await form.GetByLabel("预算编码").FillAsync(budgetCode);
        await form.GetByRole(AriaRole.Button, new() { Name = "新建组织" }).ClickAsync();
    }

    public async Task AssignAsync(string section, string department)
    {
        var form = page.GetByRole(AriaRole.Form, new() { Name = "新增分工" });
        await form.GetByLabel("业务科").SelectOptionAsync(new SelectOptionValue { Label = section });
        await form.GetByLabel("主管部门").SelectOptionAsync(new SelectOptionValue { Label = department });
        await form.GetByRole(AriaRole.Button, new() { Name = "分配" }).ClickAsync();
    }

    public async Task UnassignAsync(string section, string department)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"取消分工：{section} — {department}" }).ClickAsync();
        await ConfirmAsync();
    }

    /// Confirms the open pop-up confirmation (AntDesign Popconfirm).
    // With the keyboard, as a keyboard user confirms: the popover is placed, and for a row near the bottom flipped
    // above it, by a script after it shows, so a click aimed at where the button first appeared could miss it.
    private async Task ConfirmAsync() =>
        await page.Locator(".ant-popover:visible").GetByRole(AriaRole.Button, new() { NameRegex = new("^确\\s?定$") }).PressAsync("Enter");
}
