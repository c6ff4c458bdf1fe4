namespace Jixiao.Web.Auth;

/// The sign-in pages call the API on the server; what the API answers with Set-Cookie belongs to the browser.
public static class BrowserCookies
{
    /// Copies the API's Set-Cookie lines onto the page's response, attributes and all (HttpOnly, SameSite=Strict).
    public static void Forward(HttpContext? page, IReadOnlyList<string> setCookies)
    {
        if (page is null || page.Response.HasStarted) return;
        foreach (var line in setCookies) page.Response.Headers.Append("Set-Cookie", line);
    }

    /// A return address only within this site ("/declarations?page=2"), never another host ("//evil", "https://…").
    public static string LocalPath(string? returnUrl) =>
        returnUrl is ['/', not '/' and not '\\', ..] or "/" ? returnUrl : "/";
}
