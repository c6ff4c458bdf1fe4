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

    [Theory]
    [InlineData("editor", "filer1")]
    [InlineData("review", "dept1")]
    public async Task EditorAndReviewPage_At1366x768_AreKeptAndAccessible(string name, string user)
    {
        // the sample form with its 91 indicators and all their findings: the heaviest page of each
        using var filer = await ui.ApiAsync("filer1");
        var sample = Jixiao.Testing.Samples.NanchangDeclaration with { ProjectName = $"截图：{name}" };
        if (name == "review")
        {
            // its two missing values filled in, so that it can be submitted
            sample = sample with
            {
                Indicators = Jixiao.Domain.ValueList.ToValueList(sample.Indicators.Select(i => i.Target is Jixiao.Domain.Indicators.MissingTarget
                    ? i with { Target = Jixiao.Domain.Indicators.TargetValue.Parse(i.Level2 == "时效指标" ? "2022年12月31日前" : "达标") }
                    : i)),
            };
        }
        var id = name == "review" ? await filer.CreateAndSubmitAsync(sample) : await filer.CreateAsync(sample);
        var page = await ui.SignedInPageAsync(user);

        await page.GotoAsync(name == "editor" ? $"/declarations/{id}/edit" : $"/review/{id}");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name == "editor" ? "检查结果" : "审核决定" })).ToBeVisibleAsync();

        await page.SaveScreenshotAsync(name);
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertAccessibleAsync();
    }
}
