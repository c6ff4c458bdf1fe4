namespace Jixiao.Web.Shared.Api;

/// An answer of the API other than success, as RFC 7807 problem details: the status and the Chinese detail the
/// server wrote. Pages catch these (or let <c>ErrorBoundary</c> show them through <c>ProblemView</c>).
public class ApiException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    /// The problem's title (未登录, 找不到 …).
    public string Title { get; } = title;

    /// The problem's Chinese detail, meant for the user.
    public string Detail { get; } = detail;
}

/// 401: not signed in, or the sign-in expired.
public sealed class ApiUnauthorizedException(string title, string detail) : ApiException(401, title, detail);

/// 403: signed in, but the role may not do this (or a one-time password must be changed first).
public sealed class ApiForbiddenException(string title, string detail) : ApiException(403, title, detail);

/// 404: does not exist, or lies outside the caller's scope — the API answers both alike.
public sealed class ApiNotFoundException(string title, string detail) : ApiException(404, title, detail);

/// 409: the declaration changed meanwhile (stale version), or its state does not allow this (not editable, not at
/// the caller's stage).
public sealed class ApiConflictException(string title, string detail) : ApiException(409, title, detail);

/// 422: the declaration still has error-level findings; <see cref="Findings"/> lists every one.
public sealed class ApiValidationException(string title, string detail, IReadOnlyList<Jixiao.Interchange.Json.FindingDto> findings) : ApiException(422, title, detail)
{
    public IReadOnlyList<Jixiao.Interchange.Json.FindingDto> Findings { get; } = findings;
}
