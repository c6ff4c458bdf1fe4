namespace Jixiao.Web.BrowserTests.Pages;

/// 修改密码: required at the first sign-in with a one-time password.
public sealed class ChangePasswordPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "修改密码", Level = 1 });

    public ILocator OneTimePasswordNotice => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "一次性密码" });

    public async Task ChangeAsync(string currentPassword, string newPassword)
    {
        await page.GetByLabel("当前密码").FillAsync(currentPassword);
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync(newPassword);
        await page.GetByLabel("再次输入新密码").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
    }
}
