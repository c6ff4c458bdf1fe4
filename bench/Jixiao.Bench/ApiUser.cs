using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Bench;

/// One demo user signed in to a running Jixiao server over HTTP, with their own cookie jar. Every call checks the
/// status it expects, so that a seeding run stops at the first surprise instead of measuring a broken database.
internal sealed class ApiUser : IDisposable
{
    private readonly HttpClient _http;

    private ApiUser(string userName, HttpClient http)
    {
        UserName = userName;
        _http = http;
    }

    public string UserName { get; }

    public static async Task<ApiUser> SignInAsync(Uri server, string userName, string password)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true };
        var user = new ApiUser(userName, new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) });
        await user.SendAsync(HttpMethod.Post, "/api/auth/login", JsonContent.Create(new { userName, password }), HttpStatusCode.OK);
        return user;
    }

    public Task<JsonNode> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null, HttpStatusCode.OK);

    public Task<JsonNode> PostAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        SendAsync(HttpMethod.Post, path, JsonContent.Create(body), expected);

    public Task<JsonNode> PostJsonAsync(string path, JsonNode body, HttpStatusCode expected) =>
        SendAsync(HttpMethod.Post, path, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), expected);

    public Task<JsonNode> PutJsonAsync(string path, JsonNode body) =>
        SendAsync(HttpMethod.Put, path, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), HttpStatusCode.OK);

    /// A form file uploaded as the web UI does: multipart with one `file`.
    public Task<JsonNode> ImportAsync(byte[] file, string fileName)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        return SendAsync(HttpMethod.Post, "/api/declarations/import", form, HttpStatusCode.Created);
    }

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, HttpContent? content, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{UserName}: {method} {path} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return JsonNode.Parse(text.Length == 0 ? "null" : text) ?? JsonValue.Create(0);
    }

    public void Dispose() => _http.Dispose();
}
