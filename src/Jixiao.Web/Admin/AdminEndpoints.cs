using Jixiao.Application.Access;
using Jixiao.Application.Audit;
using Jixiao.Application.Auditing;
using Jixiao.Application.Organisations;
using Jixiao.Application.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Admin;

/// The administrator's side: the organisation tree, business-section assignments, users, and the audit chain check.
/// The use cases refuse every other role (403).
public static class AdminEndpoints
{
    public sealed record AssignmentRequest(Guid SectionId, Guid DepartmentId);

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization().WithTags("Admin");
        admin.MapGet("/organisations", ListOrganisations);
        admin.MapPost("/organisations", CreateOrganisation);
        admin.MapPut("/organisations/{id:guid}", UpdateOrganisation);
        admin.MapGet("/assignments", ListAssignments);
        admin.MapPost("/assignments", Assign);
        admin.MapDelete("/assignments/{sectionId:guid}/{departmentId:guid}", Unassign);
        admin.MapGet("/users", ListUsers);
        admin.MapPost("/users", CreateUser);
        admin.MapPut("/users/{id:guid}", UpdateUser);
        admin.MapPost("/users/{id:guid}/reset-password", ResetPassword);
        admin.MapGet("/audit/verify", VerifyAudit);
        return app;
    }

    static async Task<Ok<IReadOnlyList<OrganisationAdmin.OrganisationView>>> ListOrganisations(Caller caller, OrganisationAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(caller, ct));

    static async Task<Created<OrganisationAdmin.OrganisationView>> CreateOrganisation(OrganisationAdmin.OrganisationInput body, Caller caller, OrganisationAdmin admin, CancellationToken ct)
    {
        var created = await admin.CreateAsync(caller, body, ct);
        return TypedResults.Created($"/api/admin/organisations/{created.Id}", created);
    }

    static async Task<Ok<OrganisationAdmin.OrganisationView>> UpdateOrganisation(Guid id, OrganisationAdmin.OrganisationInput body, Caller caller, OrganisationAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.UpdateAsync(caller, id, body, ct));

    static async Task<Ok<IReadOnlyList<OrganisationAdmin.Assignment>>> ListAssignments(Caller caller, OrganisationAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.AssignmentsAsync(caller, ct));

    static async Task<Ok<OrganisationAdmin.Assignment>> Assign(AssignmentRequest body, Caller caller, OrganisationAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.AssignAsync(caller, body.SectionId, body.DepartmentId, ct));

    static async Task<NoContent> Unassign(Guid sectionId, Guid departmentId, Caller caller, OrganisationAdmin admin, CancellationToken ct)
    {
        await admin.UnassignAsync(caller, sectionId, departmentId, ct);
        return TypedResults.NoContent();
    }

    static async Task<Ok<IReadOnlyList<UserAdmin.UserView>>> ListUsers(Caller caller, UserAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(caller, ct));

    /// Without a password the user gets a one-time password, returned here once, to be changed at first sign-in.
    static async Task<Created<UserAdmin.UserWithPassword>> CreateUser(UserAdmin.UserInput body, Caller caller, UserAdmin admin, CancellationToken ct)
    {
        var created = await admin.CreateAsync(caller, body, ct);
        return TypedResults.Created($"/api/admin/users/{created.User.Id}", created);
    }

    static async Task<Ok<UserAdmin.UserView>> UpdateUser(Guid id, UserAdmin.UserInput body, Caller caller, UserAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.UpdateAsync(caller, id, body, ct));

    static async Task<Ok<UserAdmin.UserWithPassword>> ResetPassword(Guid id, Caller caller, UserAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ResetPasswordAsync(caller, id, ct));

    static async Task<Ok<AuditVerification>> VerifyAudit(Caller caller, VerifyAuditChain useCase, CancellationToken ct)
    {
        OrganisationAdmin.EnsureAdmin(caller);
        return TypedResults.Ok(await useCase.RunAsync(ct));
    }
}
