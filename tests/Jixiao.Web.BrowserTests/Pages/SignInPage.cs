namespace Jixiao.Web.BrowserTests.Pages;

/// 登录: the sign-in page.
public sealed class SignInPage(IPage page)
{
    public async Task OpenAsync(string? returnUrl = null) =>
        await page.GotoAsync(returnUrl is null ? "/login" : "/login?returnUrl=" + Uri.EscapeDataString(returnUrl));

    public async Task SignInAsync(string userName, string password)
    {
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "登录", Level = 1 });

    public ILocator Error => page.GetByRole(AriaRole.Alert);
}
