using Jixiao.Web.BrowserTests.Infrastructure;

namespace Jixiao.Web.BrowserTests.Pages;

/// 待审核: the reviewer's queue; J/K or the arrow keys move through it, Enter opens.
public sealed class ReviewQueuePage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/review");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待审核", Level = 1 })).ToBeVisibleAsync();
    }

    public ILocator Queue => page.GetByRole(AriaRole.Table, new() { Name = "待审核的申报表" });

    /// Waits until the queue is listed and its keys (J, K, arrows, Home, End) work.
    public async Task WaitForKeysAsync() => await Expect(page.Locator(".jx-queue-list[data-keys='on']")).ToBeVisibleAsync();

    public ILocator Item(string projectName) => page.GetByRole(AriaRole.Link, new() { Name = $"审核：{projectName}", Exact = true });

    public async Task OpenDeclarationAsync(string projectName) => await Item(projectName).ClickAsync();
}
