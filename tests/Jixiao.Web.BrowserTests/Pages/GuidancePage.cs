namespace Jixiao.Web.BrowserTests.Pages;

/// 填报指南, and the 说明 pop-ups that open it beside a finding or a level-2 name.
public sealed class GuidancePage(IPage page)
{
    public async Task OpenAsync(string? key = null) =>
        await page.GotoAsync(key is null ? "/guidance" : "/guidance/" + Uri.EscapeDataString(key));

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// The explanation of one category or code on the guide page.
    public ILocator Entry(string title) => page.GetByRole(AriaRole.Article, new() { Name = title });

    /// The first 说明 button about <paramref name="title"/> on the page.
    public ILocator Button(string title) => page.GetByRole(AriaRole.Button, new() { Name = $"说明：{title}" }).First;

    /// The open pop-up about <paramref name="title"/>.
    public ILocator Popup(string title) => page.GetByRole(AriaRole.Dialog, new() { Name = title });
}
