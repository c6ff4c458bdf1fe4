namespace Jixiao.Application.Access;

/// The resource does not exist, or exists outside the caller's scope: both answer 404 so that scope does not leak.
public sealed class NotFoundException(string message = "找不到该申报表，或您无权查看。") : Exception(message);

/// The caller sees the resource but their role may not do this (a reviewer editing, a filer reviewing): 403.
public sealed class ForbiddenException(string message) : Exception(message);

/// The request itself is malformed (unknown decision, unreadable declaration JSON): 400.
public sealed class BadInputException(string message) : Exception(message);
