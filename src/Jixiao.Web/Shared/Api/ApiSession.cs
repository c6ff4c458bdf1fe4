using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Shared.Api;

/// Whose sign-in the UI's API calls carry and where they go: the browser's sign-in cookie and the server's own
/// address, taken from the HTTP request that rendered the page (App.razor calls <see cref="CaptureFrom"/>).
/// Static pages use it within that request. Interactive pages run later, in a circuit with a scope of its own, so the
/// two properties are persisted with the prerendered page (encrypted by Data Protection, never readable in the HTML)
/// and restored into the circuit's instance (RegisterPersistentService in UiServices).
public sealed class ApiSession
{
    /// The sign-in cookie(s) as a Cookie header value ("jixiao.auth=…"), or null when not signed in.
    [PersistentState]
    public string? Cookie { get; set; }

    /// The address this server answered the page on, e.g. http://127.0.0.1:5080; the API lives under it.
    [PersistentState]
    public string? BaseAddress { get; set; }

    /// The signed-in user, loaded once per request (or circuit) by <see cref="JixiaoApi.CurrentUserAsync"/>.
    public AuthEndpoints.Me? User { get; set; }

    public bool IsSignedIn => Cookie is not null;

    /// Takes the sign-in cookie and the server's address from the request that is rendering the page.
    public void CaptureFrom(HttpContext context)
    {
        var cookieName = context.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.Name ?? "";
        // A large ticket is split into chunks (jixiao.auth, jixiao.authC1 …): every chunk is needed.
        var parts = context.Request.Cookies
            .Where(c => cookieName.Length > 0 && c.Key.StartsWith(cookieName, StringComparison.Ordinal))
            .Select(c => $"{c.Key}={c.Value}")
            .ToList();
        Cookie = parts.Count == 0 ? null : string.Join("; ", parts);
        BaseAddress = ServerAddress(context);
    }

    /// The address the request arrived at on this machine (local IP and port), not the Host header: a client can
    /// write any Host, and the UI must never send a user's cookie anywhere but to this server.
    private static string ServerAddress(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IConfiguration>()["Jixiao:ApiBaseAddress"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        var connection = context.Connection;
        if (connection.LocalIpAddress is { } ip)
        {
            if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
            var host = ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{ip}]" : ip.ToString();
            return $"{context.Request.Scheme}://{host}:{connection.LocalPort}{context.Request.PathBase}";
        }
        return $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
    }
}
