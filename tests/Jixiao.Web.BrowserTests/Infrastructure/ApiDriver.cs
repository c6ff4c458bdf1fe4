using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Jixiao.Domain;
using Jixiao.Domain.Declarations;
using Jixiao.Interchange.Json;
using Jixiao.Testing.Builders;

namespace Jixiao.Web.BrowserTests.Infrastructure;

/// Drives the API over HTTP as one signed-in user, to put declarations where a test needs them (created, submitted,
/// reviewed) before the browser looks. Each step asserts that it worked.
public sealed class ApiDriver : IDisposable
{
    private readonly HttpClient _http;

    private ApiDriver(HttpClient http) => _http = http;

    public static async Task<ApiDriver> SignInAsync(string baseUrl, string userName, string password)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {userName}: {(int)response.StatusCode}");
        return new ApiDriver(http);
    }

    /// A declaration without findings (the builder's valid form), with the given name, year and project types.
    public static Declaration Valid(string projectName, int year = 2022, params ProjectType[] types)
    {
        var builder = A.Declaration().WithProjectName(projectName);
        if (year != 2022) builder = builder.WithYear(year).WithPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (types.Length > 0) builder = builder.With(d => d with { ProjectTypes = types.ToValueList() });
        return builder.Build();
    }

    public async Task<Guid> CreateAsync(Declaration declaration)
    {
        using var content = new StringContent(DeclarationJson.Serialize(declaration), System.Text.Encoding.UTF8, "application/json");
        var created = await ReadAsync(await _http.PostAsync("/api/declarations", content), HttpStatusCode.Created);
        return Guid.Parse((string)created["id"]!);
    }

    public async Task<Guid> CreateAndSubmitAsync(Declaration declaration)
    {
        var id = await CreateAsync(declaration);
        await SubmitAsync(id);
        return id;
    }

    public async Task SubmitAsync(Guid id) => await ReadAsync(await _http.PostAsync($"/api/declarations/{id}/submit", null), HttpStatusCode.OK);

    public async Task ApproveAsync(Guid id, string? grade = null, string opinion = "同意。") =>
        await ReadAsync(await _http.PostAsJsonAsync($"/api/declarations/{id}/review",
            new { decision = "approve", grade, opinion, comments = Array.Empty<object>() }), HttpStatusCode.OK);

    public async Task ReturnAsync(Guid id, string opinion, params (string Location, string Text)[] comments) =>
        await ReadAsync(await _http.PostAsJsonAsync($"/api/declarations/{id}/review",
            new { decision = "return", opinion, comments = comments.Select(c => new { location = c.Location, text = c.Text }) }), HttpStatusCode.OK);

    /// Saves <paramref name="declaration"/> over the latest version.
    public async Task SaveAsync(Guid id, Declaration declaration)
    {
        var current = await GetAsync(id);
        var body = new JsonObject
        {
            ["version"] = (int)current["version"]!,
            ["declaration"] = JsonNode.Parse(DeclarationJson.Serialize(declaration)),
        };
        using var content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        await ReadAsync(await _http.PutAsync($"/api/declarations/{id}", content), HttpStatusCode.OK);
    }

    /// As an administrator: a new user in the named organisation; without a password the answer's one-time password.
    public async Task<string?> CreateUserAsync(string userName, string role, string organisation, string? password = null)
    {
        var organisations = await ReadAsync(await _http.GetAsync("/api/admin/organisations"), HttpStatusCode.OK);
        var organisationId = organisations.AsArray().Single(o => (string)o!["name"]! == organisation)!["id"];
        var created = await ReadAsync(await _http.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName = userName, role, organisationId = (string)organisationId!, password }), HttpStatusCode.Created);
        return (string?)created["oneTimePassword"];
    }

    /// The id of the caller's declaration named <paramref name="projectName"/> (e.g. the demo's imported sample).
    public async Task<Guid> FindAsync(string projectName)
    {
        var list = await ReadAsync(await _http.GetAsync("/api/declarations?q=" + Uri.EscapeDataString(projectName)), HttpStatusCode.OK);
        return Guid.Parse((string)list.AsArray().Single(d => (string)d!["projectName"]! == projectName)!["id"]!);
    }

    public async Task<JsonNode> GetAsync(Guid id) => await ReadAsync(await _http.GetAsync($"/api/declarations/{id}"), HttpStatusCode.OK);

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text) ?? new JsonObject();
    }

    public void Dispose() => _http.Dispose();
}
