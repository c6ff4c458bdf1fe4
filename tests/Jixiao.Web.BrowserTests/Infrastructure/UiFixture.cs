namespace Jixiao.Web.BrowserTests.Infrastructure;

/// One app and one browser per test class (IClassFixture): classes run in parallel, each on its own server, database
/// and Chromium; the tests of a class run one after another, each in a fresh browser context.
public sealed class UiFixture : IAsyncLifetime
{
    /// The demo users' password (README).
    public const string Password = "Jixiao@2022";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public UiApp App { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public string BaseUrl => App.BaseUrl;

    public async Task InitializeAsync()
    {
        // Waits are for the browser and the server to get there, never sleeps; a loaded 2-core machine needs room.
        SetDefaultExpectTimeout(15_000);
        var app = App.StartAsync();
        _playwright = await Playwright.CreateAsync();
        // Debian's Chromium; Playwright adds --no-sandbox itself when running as root.
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
        await app;
    }

    /// A new browser context (no cookies) at 1366×768, the common government desk, with one tab.
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// A new page whose context is signed in as <paramref name="userName"/> through the API (the cookie lands in the
    /// context as in a browser that signed in); tests about signing in use the sign-in page instead.
    public async Task<IPage> SignedInPageAsync(string userName, int width = 1366, int height = 768)
    {
        var page = await NewPageAsync(width, height);
        var response = await page.Context.APIRequest.PostAsync("/api/auth/login", new() { DataObject = new { userName, password = Password } });
        Assert.True(response.Ok, $"sign-in of {userName}: {response.Status} {await response.TextAsync()}");
        return page;
    }

    /// The API, signed in as <paramref name="userName"/>, for setting up what a test needs.
    public Task<ApiDriver> ApiAsync(string userName) => ApiDriver.SignInAsync(BaseUrl, userName, Password);

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
