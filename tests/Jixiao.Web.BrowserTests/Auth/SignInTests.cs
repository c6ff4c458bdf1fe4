using Jixiao.Web.BrowserTests.Infrastructure;
using Jixiao.Web.BrowserTests.Pages;

namespace Jixiao.Web.BrowserTests.Auth;

public sealed class SignInTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Theory]
    [InlineData("filer1", "填报人", "工作台|申报列表|填报指南")]
    [InlineData("dept1", "主管部门审核人", "工作台|待审核|申报列表|审核指南")]
    [InlineData("biz", "财政科室审核人", "工作台|待审核|申报列表|审核指南")]
    [InlineData("admin", "管理员", "工作台|系统管理|填报指南")]
    public async Task SignIn_DemoUser_LandsOnWorkbenchWithNavigationOfTheRole(string userName, string role, string navigation)
    {
        var page = await ui.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();

        await signIn.SignInAsync(userName, UiFixture.Password);

        var shell = new AppShell(page);
        await Expect(new WorkbenchPage(page).Heading).ToBeVisibleAsync();
        await Expect(shell.Banner).ToContainTextAsync(role);
        await Expect(shell.Navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(navigation.Split('|'));
    }

    [Fact]
    public async Task SignIn_WithTheKeyboardAlone_Works()
    {
        var page = await ui.NewPageAsync();
        await new SignInPage(page).OpenAsync();

        await page.GetByLabel("用户名", new() { Exact = true }).FocusAsync();
        await page.Keyboard.TypeAsync("dept2");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(UiFixture.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(new WorkbenchPage(page).Heading).ToBeVisibleAsync();
        await Expect(new WorkbenchPage(page).Group("待我审核")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoInChineseAndStaysSignedOut()
    {
        var page = await ui.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();

        await signIn.SignInAsync("filer1", "wrong-password");

        await Expect(signIn.Error).ToHaveTextAsync("用户名或密码不正确。");
        await Expect(signIn.Heading).ToBeVisibleAsync();
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "jixiao.auth");
    }

    [Fact]
    public async Task SignIn_Cookie_IsHttpOnlyAndSameSiteStrict()
    {
        var page = await ui.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();

        await signIn.SignInAsync("filer1", UiFixture.Password);

        await Expect(new WorkbenchPage(page).Heading).ToBeVisibleAsync();
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "jixiao.auth");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
    }

    [Fact]
    public async Task OpeningAPage_SignedOut_AsksToSignInAndReturnsThere()
    {
        var page = await ui.NewPageAsync();

        await page.GotoAsync("/workbench");

        var signIn = new SignInPage(page);
        await Expect(signIn.Heading).ToBeVisibleAsync();
        Assert.Contains("returnUrl=%2Fworkbench", page.Url);
        await signIn.SignInAsync("filer2", UiFixture.Password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workbench$"));
        await Expect(new WorkbenchPage(page).Heading).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignOut_FromTheHeader_EndsTheSession()
    {
        var page = await ui.SignedInPageAsync("filer1");
        await page.GotoAsync("/");
        var shell = new AppShell(page);

        await shell.SignOutAsync();

        await Expect(new SignInPage(page).Heading).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(new SignInPage(page).Heading).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FirstSignIn_WithOneTimePassword_MustChangeItBeforeAnythingElse()
    {
        using var admin = await ui.ApiAsync("admin");
        var oneTime = await admin.CreateUserAsync("newfiler", "filer", "南昌市教育局");
        Assert.NotNull(oneTime);
        var page = await ui.NewPageAsync();
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();

        await signIn.SignInAsync("newfiler", oneTime);
        var password = new ChangePasswordPage(page);
        await Expect(password.Heading).ToBeVisibleAsync();
        await Expect(password.OneTimePasswordNotice).ToBeVisibleAsync();
        await page.GotoAsync("/");                        // nothing else opens before the password is changed
        await Expect(password.Heading).ToBeVisibleAsync();
        await password.ChangeAsync(oneTime, "Neu-Passwort1");

        await Expect(new WorkbenchPage(page).Heading).ToBeVisibleAsync();
        await page.GotoAsync("/declarations");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("修改密码");
    }

    [Fact]
    public async Task UnknownAddress_ShowsTheNotFoundPageWith404()
    {
        var page = await ui.SignedInPageAsync("filer1");

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await Expect(new AppShell(page).NotFound).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Pages_WriteChineseAsIs_NotAsHtmlEntities()
    {
        var page = await ui.NewPageAsync();

        var response = await page.Context.APIRequest.GetAsync("/login");

        var html = await response.TextAsync();
        Assert.Contains("<h1>登录</h1>", html);
        Assert.DoesNotMatch("&#x[0-9A-Fa-f]{4,5};", html);   // 登 would be &#x767B;
    }
}
