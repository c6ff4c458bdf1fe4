using Jixiao.Web.BrowserTests.Infrastructure;

namespace Jixiao.Web.BrowserTests.Pages;

/// 审核: one declaration read-only, comments, opinion, grade, approve or return with a confirmation.
public sealed class ReviewPage(IPage page)
{
    public async Task OpenAsync(Guid id)
    {
        await page.GotoAsync($"/review/{id}");
        await WaitLoadedAsync();
    }

    public async Task WaitLoadedAsync()
    {
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "审核决定" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-shortcuts", "on");   // the keys listed on the page work
    }

    public ILocator Opinion => page.GetByLabel("审核意见", new() { Exact = true });

    public ILocator Decision => page.GetByRole(AriaRole.Region, new() { Name = "审核决定" });

    public ILocator History => page.GetByRole(AriaRole.Region, new() { Name = "审核记录" });

    public ILocator ConfirmDialog => page.GetByRole(AriaRole.Dialog);

    public async Task GradeAsync(string grade) => await page.GetByLabel(grade, new() { Exact = true }).CheckAsync();

    public async Task ApproveAsync(string? opinion = null, string? grade = null)
    {
        if (opinion is not null) await Opinion.FillAsync(opinion);
        if (grade is not null) await GradeAsync(grade);
        await Decision.GetByRole(AriaRole.Button, new() { Name = "通过", Exact = true }).ClickAsync();
        await ConfirmDialog.GetByRole(AriaRole.Button, new() { Name = "确认通过" }).ClickAsync();
    }

    /// Writes a comment (批注) on the field or indicator whose comment button is named 批注：<paramref name="place"/>.
    public async Task CommentAsync(string place, string text)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"批注：{place}" }).ClickAsync();
        await page.GetByLabel($"对「{place}」的批注").FillAsync(text);
    }

    public async Task ReturnAsync(string opinion)
    {
        await Opinion.FillAsync(opinion);
        await Decision.GetByRole(AriaRole.Button, new() { Name = "退回修改", Exact = true }).ClickAsync();
        await ConfirmDialog.GetByRole(AriaRole.Button, new() { Name = "确认退回" }).ClickAsync();
    }

    /// What the page says once the decision is recorded (已通过…, 已退回…).
    public ILocator Outcome => Decision.GetByRole(AriaRole.Status);
}
