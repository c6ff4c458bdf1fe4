namespace Jixiao.Web.BrowserTests.Pages;

/// What every signed-in page has: the header with the user, the main navigation and signing out.
public sealed class AppShell(IPage page)
{
    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });

    public ILocator NavigationLink(string name) => Navigation.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator Banner => page.GetByRole(AriaRole.Banner);

    public async Task GoToAsync(string navigationItem) => await NavigationLink(navigationItem).ClickAsync();

    public async Task SignOutAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();

    public ILocator Heading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });

    /// The page the server shows for an address it has nothing at, or a declaration outside the user's scope.
    public ILocator NotFound => page.GetByRole(AriaRole.Heading, new() { Name = "找不到该页面", Level = 1 });
}
