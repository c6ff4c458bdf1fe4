using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Application.Declarations;
using Jixiao.Application.Organisations;
using Jixiao.Application.Review;
using Jixiao.Application.Users;
using Jixiao.Interchange.Json;
using Jixiao.Web.Auth;
using Jixiao.Web.Review;

namespace Jixiao.Web.Shared.Api;

/// The UI's one way to the data: this server's own JSON API over HTTP, carrying the signed-in user's cookie from
/// <see cref="ApiSession"/>. Every page and component calls these methods; none touches the database or the use cases.
/// An answer other than success throws an <see cref="ApiException"/> (401, 403, 404, 409, 422 each a type of its own)
/// with the server's Chinese detail.
public sealed class JixiaoApi(HttpClient http, ApiSession session)
{
    /// camelCase names and enum values (inReview, competentDepartment), as the API writes them.
    public static JsonSerializerOptions Json { get; } = CreateJsonOptions();

    // ── Sign-in (Auth/) ──

    /// Signs in; the answer's Set-Cookie lines are for the browser (the sign-in page forwards them).
    public async Task<CookieResult<AuthEndpoints.Me>> LoginAsync(string userName, string password, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/auth/login", JsonBody(new { userName, password }), ct, withCookie: false);
        return new(await ReadAsync<AuthEndpoints.Me>(response, ct), SetCookies(response));
    }

    /// Signs out; the Set-Cookie lines delete the browser's cookie.
    public async Task<IReadOnlyList<string>> LogoutAsync(CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/auth/logout", null, ct);
        return SetCookies(response);
    }

    /// Changes the signed-in user's password; the Set-Cookie lines carry the renewed sign-in.
    public async Task<IReadOnlyList<string>> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/auth/change-password", JsonBody(new { currentPassword, newPassword }), ct);
        return SetCookies(response);
    }

    /// GET /api/me, once per request or circuit.
    public async Task<AuthEndpoints.Me> CurrentUserAsync(CancellationToken ct = default) =>
        session.User ??= await GetAsync<AuthEndpoints.Me>("/api/me", ct);

    // ── Declarations ──

    /// One page of the caller's visible declarations; the total comes from the X-Total-Count header.
    public async Task<DeclarationPage> ListDeclarationsAsync(DeclarationQuery query, CancellationToken ct = default)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/declarations" + query.ToQueryString(), null, ct);
        var items = await ReadAsync<List<DeclarationSummary>>(response, ct);
        var total = response.Headers.TryGetValues("X-Total-Count", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : items.Count;
        return new DeclarationPage(items, total, query.Page, query.PageSize);
    }

    public Task<DeclarationView> GetDeclarationAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<DeclarationView>($"/api/declarations/{id}", ct);

    public Task<CreatedResult> CreateDeclarationAsync(DeclarationDto declaration, CancellationToken ct = default) =>
        SendForAsync<CreatedResult>(HttpMethod.Post, "/api/declarations", DeclarationBody(declaration), ct);

    /// Imports a form file (text, JSON or workbook, read by content) as a new draft.
    public Task<CreatedResult> ImportAsync(Stream file, string fileName, CancellationToken ct = default)
    {
        var content = new MultipartFormDataContent { { new StreamContent(file), "file", fileName } };
        return SendForAsync<CreatedResult>(HttpMethod.Post, "/api/declarations/import", content, ct);
    }

    /// Reads a form file without storing it: what the editor fills the declaration being edited from.
    public Task<FileReadResult> ReadFileAsync(Stream file, string fileName, CancellationToken ct = default)
    {
        var content = new MultipartFormDataContent { { new StreamContent(file), "file", fileName } };
        return SendForAsync<FileReadResult>(HttpMethod.Post, "/api/declarations/read", content, ct);
    }

    /// Saves a new version; <see cref="ApiConflictException"/> when <paramref name="version"/> is stale or the
    /// declaration is no longer editable.
    public Task<SavedResult> SaveAsync(Guid id, int version, DeclarationDto declaration, CancellationToken ct = default) =>
        SendForAsync<SavedResult>(HttpMethod.Put, $"/api/declarations/{id}", JsonBody(new
        {
            version,
            declaration = JsonSerializer.SerializeToElement(declaration, DeclarationJson.Options),
        }), ct);

    /// Submits; <see cref="ApiValidationException"/> (422) lists the findings that block it.
    public Task<StatusAndRoute> SubmitAsync(Guid id, CancellationToken ct = default) =>
        SendForAsync<StatusAndRoute>(HttpMethod.Post, $"/api/declarations/{id}/submit", null, ct);

    public Task<StatusAndRoute> WithdrawAsync(Guid id, CancellationToken ct = default) =>
        SendForAsync<StatusAndRoute>(HttpMethod.Post, $"/api/declarations/{id}/withdraw", null, ct);

    /// 调整: a new draft version of an approved declaration.
    public Task<StatusAndRoute> StartAdjustmentAsync(Guid id, CancellationToken ct = default) =>
        SendForAsync<StatusAndRoute>(HttpMethod.Post, $"/api/declarations/{id}/adjustments", null, ct);

    public Task<DeclarationHistory.History> HistoryAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<DeclarationHistory.History>($"/api/declarations/{id}/history", ct);

    public Task<VersionDiff.Diff> DiffAsync(Guid id, int from, int to, CancellationToken ct = default) =>
        GetAsync<VersionDiff.Diff>(string.Create(CultureInfo.InvariantCulture, $"/api/declarations/{id}/versions/{from}/diff/{to}"), ct);

    // ── Review ──

    /// What waits at the caller's stage, oldest first.
    public Task<List<DeclarationSummary>> ReviewQueueAsync(CancellationToken ct = default) =>
        GetAsync<List<DeclarationSummary>>("/api/reviews/queue", ct);

    /// The caller's own latest decisions, newest first.
    public Task<List<RecentReviews.Entry>> RecentReviewsAsync(int limit = 10, CancellationToken ct = default) =>
        GetAsync<List<RecentReviews.Entry>>(string.Create(CultureInfo.InvariantCulture, $"/api/reviews/recent?limit={limit}"), ct);

    /// <see cref="ApiConflictException"/> when the declaration is no longer at the caller's stage.
    public Task<StatusAndRoute> ReviewAsync(Guid id, ReviewInput input, CancellationToken ct = default) =>
        SendForAsync<StatusAndRoute>(HttpMethod.Post, $"/api/declarations/{id}/review", JsonBody(input), ct);

    public Task<ReviewEndpoints.SealsVerified> VerifySealsAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<ReviewEndpoints.SealsVerified>($"/api/declarations/{id}/seals/verify", ct);

    // ── Administration ──

    public Task<List<OrganisationAdmin.OrganisationView>> OrganisationsAsync(CancellationToken ct = default) =>
        GetAsync<List<OrganisationAdmin.OrganisationView>>("/api/admin/organisations", ct);

    public Task<OrganisationAdmin.OrganisationView> CreateOrganisationAsync(OrganisationAdmin.OrganisationInput input, CancellationToken ct = default) =>
        SendForAsync<OrganisationAdmin.OrganisationView>(HttpMethod.Post, "/api/admin/organisations", JsonBody(input), ct);

    public Task<OrganisationAdmin.OrganisationView> UpdateOrganisationAsync(Guid id, OrganisationAdmin.OrganisationInput input, CancellationToken ct = default) =>
        SendForAsync<OrganisationAdmin.OrganisationView>(HttpMethod.Put, $"/api/admin/organisations/{id}", JsonBody(input), ct);

    public Task<List<OrganisationAdmin.Assignment>> AssignmentsAsync(CancellationToken ct = default) =>
        GetAsync<List<OrganisationAdmin.Assignment>>("/api/admin/assignments", ct);

    public Task<OrganisationAdmin.Assignment> AssignAsync(Guid sectionId, Guid departmentId, CancellationToken ct = default) =>
        SendForAsync<OrganisationAdmin.Assignment>(HttpMethod.Post, "/api/admin/assignments", JsonBody(new { sectionId, departmentId }), ct);

    public async Task UnassignAsync(Guid sectionId, Guid departmentId, CancellationToken ct = default)
    {
        using var _ = await SendAsync(HttpMethod.Delete, $"/api/admin/assignments/{sectionId}/{departmentId}", null, ct);
    }

    public Task<List<UserAdmin.UserView>> UsersAsync(CancellationToken ct = default) =>
        GetAsync<List<UserAdmin.UserView>>("/api/admin/users", ct);

    /// Without a password the new user gets a one-time password, in the answer only.
    public Task<UserAdmin.UserWithPassword> CreateUserAsync(UserAdmin.UserInput input, CancellationToken ct = default) =>
        SendForAsync<UserAdmin.UserWithPassword>(HttpMethod.Post, "/api/admin/users", JsonBody(input), ct);

    public Task<UserAdmin.UserView> UpdateUserAsync(Guid id, UserAdmin.UserInput input, CancellationToken ct = default) =>
        SendForAsync<UserAdmin.UserView>(HttpMethod.Put, $"/api/admin/users/{id}", JsonBody(input), ct);

    public Task<UserAdmin.UserWithPassword> ResetPasswordAsync(Guid id, CancellationToken ct = default) =>
        SendForAsync<UserAdmin.UserWithPassword>(HttpMethod.Post, $"/api/admin/users/{id}/reset-password", null, ct);

    // ── HTTP ──

    private async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, ct);
        return await ReadAsync<T>(response, ct);
    }

    private async Task<T> SendForAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        using var response = await SendAsync(method, path, content, ct);
        return await ReadAsync<T>(response, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken ct, bool withCookie = true)
    {
        var baseAddress = session.BaseAddress
            ?? throw new InvalidOperationException("ApiSession has no base address: App.razor captures it from the request that renders the page.");
        using var request = new HttpRequestMessage(method, baseAddress + path) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (withCookie && session.Cookie is { } cookie) request.Headers.Add("Cookie", cookie);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // The server did not answer (restarting, overloaded, a timeout): an answer like any other failure, so
            // pages show it beside what the user typed instead of losing the page to the error boundary.
            throw new ApiException(503, ProblemTexts.Title(503), "服务器暂时没有响应，请稍后再试。");
        }
        if (response.IsSuccessStatusCode) return response;
        using (response) throw await ProblemAsync(response, ct);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct) =>
        await response.Content.ReadFromJsonAsync<T>(Json, ct)
        ?? throw new ApiException((int)response.StatusCode, "服务器错误", "服务器返回了空的结果。");

    /// The problem details of a failed call as the exception of its status, with the server's Chinese detail.
    private static async Task<ApiException> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        JsonNode? problem = null;
        try
        {
            problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
        }
        catch (JsonException)
        {
            // not problem details (a proxy's error page, say): the status alone speaks
        }
        var title = problem?["title"]?.GetValue<string>() ?? ProblemTexts.Title(status);
        var detail = problem?["detail"]?.GetValue<string>() ?? ProblemTexts.DefaultDetail(status);
        return status switch
        {
            401 => new ApiUnauthorizedException(title, detail),
            403 => new ApiForbiddenException(title, detail),
            404 => new ApiNotFoundException(title, detail),
            409 => new ApiConflictException(title, detail),
            422 => new ApiValidationException(title, detail,
                problem?["findings"]?.Deserialize<List<Jixiao.Interchange.Json.FindingDto>>(Json) ?? []),
            _ => new ApiException(status, title, detail),
        };
    }

    private static JsonContent JsonBody<T>(T value) => JsonContent.Create(value, options: Json);

    private static StringContent DeclarationBody(DeclarationDto declaration) =>
        new(JsonSerializer.Serialize(declaration, DeclarationJson.Options), System.Text.Encoding.UTF8, "application/json");

    private static IReadOnlyList<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        WebServices.Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// A result and the Set-Cookie lines the API answered with, which the browser must receive.
public sealed record CookieResult<T>(T Value, IReadOnlyList<string> SetCookies);
