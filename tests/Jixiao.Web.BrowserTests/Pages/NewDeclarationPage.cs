using Jixiao.Web.BrowserTests.Infrastructure;

namespace Jixiao.Web.BrowserTests.Pages;

/// 新建申报表: import a form file into a new draft, or start from the blank form.
public sealed class NewDeclarationPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/declarations/new");
        await page.WaitForInteractiveAsync();
    }

    /// Drops the file on the import zone (sets it on the zone's file input); the editor of the new draft opens.
    public async Task ImportAsync(string path)
    {
        await page.GetByLabel("导入申报表文件").SetInputFilesAsync(path);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/declarations/[0-9a-f-]{36}/edit$"));
    }
}
