namespace Jixiao.Web.BrowserTests.Infrastructure;

/// Leaving a static page by a link or a GET form, and acting on what it led to, never on the page left.
public static class PageNavigation
{
    private const string Mark = "data-test-left";

    /// Runs <paramref name="action"/> (a click on a link or a submit button of a static page) and returns once the
    /// page shows what it led to.
    ///
    /// The wait is armed before the click and is a state polled in the browser, not an event caught afterwards:
    /// <c>WaitForURLAsync</c> called after the click checks the address, then subscribes. When the address has
    /// already changed (after a form's submit it had in every run seen here: <c>ClickAsync</c> returns after the
    /// commit), Playwright 1.64 ignores <c>WaitUntil = Commit</c> and waits for the new page's load event, which on a
    /// loaded machine came after 15 s and can come after any timeout; when it has not, a navigation between the check
    /// and the subscription is missed.
    ///
    /// The address alone cannot say the new content is there either: a link is taken over by Blazor's enhanced
    /// navigation, which changes the address at once and patches this same document when the answer comes. So the
    /// document is marked first: a new document has no mark, and the patch drops every attribute the server did not
    /// render, the mark included.
    public static async Task RunAndWaitForNewContentAsync(this IPage page, Func<Task> action)
    {
        var before = page.Url;
        var root = page.Locator("html");
        await root.EvaluateAsync($"html => html.setAttribute('{Mark}', '')");
        await action();
        // the 30 s the navigation wait had before: the server answers slowly on a loaded 2-core machine
        await Expect(page.Locator($"html[{Mark}]")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Expect(page).Not.ToHaveURLAsync(before);
    }
}
