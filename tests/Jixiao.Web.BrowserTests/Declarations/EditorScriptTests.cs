using Jixiao.Web.BrowserTests.Infrastructure;

namespace Jixiao.Web.BrowserTests.Declarations;

/// js/editor.js, the editor's, review page's and queue's script, driven directly: a page can set it up more than once
/// (a render while the script loads), and only the newest leave guard, shortcuts and list keys may act.
public sealed class EditorScriptTests(UiFixture ui) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task LeaveGuard_CreatedTwice_LeavingThroughTheNewestAsksNothing()
    {
        var page = await ui.SignedInPageAsync("filer1");
        await page.GotoAsync("/guidance");
        var prompts = 0;
        page.Dialog += (_, dialog) =>
        {
            prompts++;
            _ = dialog.DismissAsync();
        };

        await page.EvaluateAsync("""
            async () => {
              const editor = await import('/js/editor.js');
              const marker = document.createElement('div');
              marker.dataset.unsaved = 'true';   // the editor's sign of unsaved changes
              document.body.append(marker);
              const dotnet = { invokeMethodAsync: () => Promise.resolve() };
              editor.createLeaveGuard(dotnet);
              const newest = editor.createLeaveGuard(dotnet);
              document.addEventListener('keydown', () => newest.leave('/declarations'), { once: true });
            }
            """);
        // a key press is a user gesture, so the browser would show a beforeunload prompt (a click could land on a link
        // and start a navigation of its own)
        await page.Keyboard.PressAsync("x");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/declarations$"));
        Assert.Equal(0, prompts);
    }

    [Fact]
    public async Task Shortcuts_CreatedTwice_RunOncePerKey()
    {
        var page = await ui.SignedInPageAsync("filer1");
        await page.GotoAsync("/guidance");

        await page.EvaluateAsync("""
            async () => {
              const editor = await import('/js/editor.js');
              window.saves = 0;
              const dotnet = { invokeMethodAsync: () => { window.saves++; return Promise.resolve(); } };
              editor.createShortcuts(dotnet, [{ key: 's', ctrl: true, name: 'save' }]);
              editor.createShortcuts(dotnet, [{ key: 's', ctrl: true, name: 'save' }]);
            }
            """);
        await page.Keyboard.PressAsync("Control+s");

        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.saves"));
    }

    [Fact]
    public async Task ListKeys_CreatedTwice_MoveOneRowPerKey()
    {
        var page = await ui.SignedInPageAsync("dept1");
        await page.GotoAsync("/guidance");

        await page.EvaluateAsync("""
            async () => {
              const editor = await import('/js/editor.js');
              const list = document.createElement('ul');
              for (const name of ['一', '二', '三']) {
                const link = document.createElement('a');
                link.href = '#' + name;
                link.dataset.queueItem = '';
                link.textContent = '队列项' + name;
                list.append(link);
              }
              document.body.append(list);
              editor.createListKeys(list);
              editor.createListKeys(list);
            }
            """);
        await page.Keyboard.PressAsync("j");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "队列项一" })).ToBeFocusedAsync();
    }
}
