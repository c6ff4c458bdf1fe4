using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Jixiao.Testing;

namespace Jixiao.Web.BrowserTests.Infrastructure;

/// What every page test can ask of a page: wait for the interactive state, keep a screenshot, pass the axe check.
public static class PageChecks
{
    /// test-output/screenshots/ in the repository (the README names it).
    public static string ScreenshotFolder { get; } = Path.Combine(Samples.Root, "test-output", "screenshots");

    /// Waits until the page's circuit is attached (InteractiveArea's data-interactive="true"). A click on the
    /// prerendered HTML before that is silently lost, and waiting for window.Blazor is not enough.
    public static async Task WaitForInteractiveAsync(this IPage page) =>
        await Expect(page.Locator("[data-interactive]").First).ToHaveAttributeAsync("data-interactive", "true");

    /// A full-page PNG named <paramref name="name"/> in <see cref="ScreenshotFolder"/> (the viewport's size as set).
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// Runs axe-core on the page as it is now and fails on any serious or critical violation, listing each with the
    /// elements concerned.
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"axe-core on {page.Url}:\n" + string.Join("\n", blocking.Select(Describe)));
    }

    /// The page has no horizontal scroll bar at its current width.
    public static async Task AssertNoHorizontalScrollAsync(this IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls horizontally by {overflow}px at width {page.ViewportSize?.Width}");
    }

    private static string Describe(AxeResultItem v) =>
        $"- {v.Impact} {v.Id}: {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Html}"));
}
