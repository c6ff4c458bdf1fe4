namespace Jixiao.Web.BrowserTests.Pages;

/// 进度: the route as a timeline with each stage's state, reviewer, opinion, grade, time and seal.
public sealed class ProgressPage(IPage page)
{
    public async Task OpenAsync(Guid id) => await page.GotoAsync($"/declarations/{id}");

    /// A stage of the current route (主管部门, 市财政局业务科 …) with what happened there.
    public ILocator Stage(string label) => page.GetByRole(AriaRole.Article, new() { Name = label });

    /// The one-sentence state of the declaration (已批复 …).
    public ILocator Summary => page.GetByRole(AriaRole.Status).First;

    /// The line under the timeline on the seals of every step.
    public ILocator SealSummary => page.GetByRole(AriaRole.Status).Filter(new() { HasText = "签章" });

    public ILocator EarlierRounds => page.GetByRole(AriaRole.Region, new() { Name = "此前的审核" });

    public async Task GoToAsync(string view) =>
        await page.GetByRole(AriaRole.Navigation, new() { Name = "申报表视图" }).GetByRole(AriaRole.Link, new() { Name = view }).ClickAsync();
}
