using Jixiao.Web.BrowserTests.Infrastructure;

namespace Jixiao.Web.BrowserTests.Screens;

/// Issue 4, test 6: each main page at 1366×768 is kept as a screenshot in test-output/screenshots/, passes the axe-core
/// check (no serious or critical violation) and does not scroll sideways.
public sealed class ScreenshotTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Theory]
    [InlineData("login", null, "/login", false)]
    [InlineData("workbench-filer", "filer1", "/", false)]
    [InlineData("workbench-reviewer", "dept1", "/", false)]
    [InlineData("admin", "admin", "/admin", true)]
    [InlineData("guidance", "filer1", "/guidance", false)]
    [InlineData("not-found", "filer1", "/no-such-page", false)]
    public async Task MainPage_At1366x768_IsKeptAndAccessible(string name, string? user, string path, bool interactive)
    {
        var page = user is null ? await ui.NewPageAsync() : await ui.SignedInPageAsync(user);

        await page.GotoAsync(path);
        if (interactive) await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        await page.SaveScreenshotAsync(name);
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertAccessibleAsync();
    }
}
