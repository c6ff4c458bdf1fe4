using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Data;
using Jixiao.Data.Organisations;
using Jixiao.Data.Users;
using Jixiao.Domain;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Organisations;

/// The administrator keeps the organisation tree (finance bureau → sections; departments → budget units) and the
/// business-section assignments (业务科 ↔ 主管部门). Every change is audited.
public sealed class OrganisationAdmin(JixiaoDbContext db, AuditWriter audit, TimeProvider clock)
{
    public sealed record OrganisationView(Guid Id, string Name, OrganisationKind Kind, SectionKind? SectionKind, Guid? ParentId, string? BudgetCode);

    public sealed record OrganisationInput(string? Name, OrganisationKind? Kind, SectionKind? SectionKind, Guid? ParentId, string? BudgetCode);

    public sealed record Assignment(Guid SectionId, string SectionName, Guid DepartmentId, string DepartmentName);

    public async Task<IReadOnlyList<OrganisationView>> ListAsync(Caller caller, CancellationToken ct)
    {
        EnsureAdmin(caller);
        return await db.Organisations.AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Select(o => new OrganisationView(o.Id, o.Name, o.Kind, o.SectionKind, o.ParentId, o.BudgetCode)).ToListAsync(ct);
    }

    public async Task<OrganisationView> CreateAsync(Caller caller, OrganisationInput input, CancellationToken ct)
    {
        EnsureAdmin(caller);
        if (string.IsNullOrWhiteSpace(input.Name)) throw new BadInputException("请填写组织名称（name）。");
        if (input.Kind is not { } kind) throw new BadInputException("请选择组织类型（kind）：financeBureau、financeSection、department 或 budgetUnit。");

        await using var transaction = await db.BeginWriteAsync(ct);
        var parent = input.ParentId is { } pid ? await db.Organisations.SingleOrDefaultAsync(o => o.Id == pid, ct) ?? throw new BadInputException("上级组织（parentId）不存在。") : null;
        ValidatePlacement(kind, input.SectionKind, parent);
        var org = new Organisation
        {
            Name = input.Name.Trim(), Kind = kind, SectionKind = kind == OrganisationKind.FinanceSection ? input.SectionKind : null,
            ParentId = parent?.Id, BudgetCode = input.BudgetCode?.Trim(), CreatedAt = clock.UtcNow(),
        };
        db.Organisations.Add(org);
        await audit.AppendAsync(caller, "organisation.create", "organisation", org.Id.ToString(), new { org.Name, kind = org.Kind.ToString(), parentId = org.ParentId }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return View(org);
    }

    public async Task<OrganisationView> UpdateAsync(Caller caller, Guid id, OrganisationInput input, CancellationToken ct)
    {
        EnsureAdmin(caller);
        await using var transaction = await db.BeginWriteAsync(ct);
        var org = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException("找不到该组织。");
        if (input.Kind is { } kind && kind != org.Kind) throw new BadInputException("组织类型不能修改；请新建组织。");
        if (!string.IsNullOrWhiteSpace(input.Name)) org.Name = input.Name.Trim();
        if (input.BudgetCode is not null) org.BudgetCode = input.BudgetCode.Trim().Length == 0 ? null : input.BudgetCode.Trim();
        if (input.ParentId is { } pid && pid != org.ParentId)
        {
            var parent = await db.Organisations.SingleOrDefaultAsync(o => o.Id == pid, ct) ?? throw new BadInputException("上级组织（parentId）不存在。");
            ValidatePlacement(org.Kind, org.SectionKind, parent);
            // A declaration keeps the department it was filed under (its reviewers, its scope): moving a unit with
            // declarations still on their way would leave them with the old department.
            var open = await db.Declarations.CountAsync(d => d.UnitId == org.Id
                && d.Status != DeclarationStatus.Approved && d.Status != DeclarationStatus.Rejected, ct);
            if (open > 0)
                throw new DomainException($"该预算单位还有 {open} 份未审定的申报表（草稿、审核中或退回修改），都审定后才能调整上级部门。");
            org.ParentId = parent.Id;
        }
        await audit.AppendAsync(caller, "organisation.update", "organisation", org.Id.ToString(), new { org.Name, org.BudgetCode, org.ParentId }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return View(org);
    }

    public async Task<IReadOnlyList<Assignment>> AssignmentsAsync(Caller caller, CancellationToken ct)
    {
        EnsureAdmin(caller);
        return await (from a in db.SectionAssignments
                      join s in db.Organisations on a.SectionId equals s.Id
                      join d in db.Organisations on a.DepartmentId equals d.Id
                      orderby s.Name, d.Name
                      select new Assignment(s.Id, s.Name, d.Id, d.Name)).ToListAsync(ct);
    }

    /// 业务科 assignment: the business section reviews this department's declarations at the financeBusiness stage.
    public async Task<Assignment> AssignAsync(Caller caller, Guid sectionId, Guid departmentId, CancellationToken ct)
    {
        EnsureAdmin(caller);
        await using var transaction = await db.BeginWriteAsync(ct);
        var section = await db.Organisations.SingleOrDefaultAsync(o => o.Id == sectionId, ct);
        var department = await db.Organisations.SingleOrDefaultAsync(o => o.Id == departmentId, ct);
        if (section is not { Kind: OrganisationKind.FinanceSection, SectionKind: SectionKind.Business })
            throw new BadInputException("sectionId 必须是财政局的业务科。");
        if (department is not { Kind: OrganisationKind.Department })
            throw new BadInputException("departmentId 必须是主管部门。");
        if (!await db.SectionAssignments.AnyAsync(a => a.SectionId == sectionId && a.DepartmentId == departmentId, ct))
        {
            db.SectionAssignments.Add(new SectionAssignment { SectionId = sectionId, DepartmentId = departmentId });
            await audit.AppendAsync(caller, "assignment.create", "assignment", departmentId.ToString(), new { sectionId, section = section.Name, department = department.Name }, ct);
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new Assignment(section.Id, section.Name, department.Id, department.Name);
    }

    public async Task UnassignAsync(Caller caller, Guid sectionId, Guid departmentId, CancellationToken ct)
    {
        EnsureAdmin(caller);
        await using var transaction = await db.BeginWriteAsync(ct);
        var assignment = await db.SectionAssignments.SingleOrDefaultAsync(a => a.SectionId == sectionId && a.DepartmentId == departmentId, ct)
            ?? throw new NotFoundException("没有这项业务科分工。");
        db.SectionAssignments.Remove(assignment);
        await audit.AppendAsync(caller, "assignment.delete", "assignment", departmentId.ToString(), new { sectionId }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public static void EnsureAdmin(Caller caller)
    {
        if (caller.Role != UserRole.Admin) throw new ForbiddenException("只有管理员可以管理组织和用户。");
    }

    private static void ValidatePlacement(OrganisationKind kind, SectionKind? sectionKind, Organisation? parent)
    {
        var ok = kind switch
        {
            OrganisationKind.FinanceBureau => parent is null,
            OrganisationKind.FinanceSection => parent?.Kind == OrganisationKind.FinanceBureau && sectionKind is not null,
            OrganisationKind.Department => parent is null,
            OrganisationKind.BudgetUnit => parent?.Kind == OrganisationKind.Department,
        };
        if (!ok)
            throw new BadInputException(kind switch
            {
                OrganisationKind.FinanceSection => "财政局科室须隶属财政局（parentId），并注明科室类型（sectionKind）。",
                OrganisationKind.BudgetUnit => "预算单位须隶属主管部门（parentId）。",
                _ => "财政局和主管部门是组织树的根，不能有上级组织。",
            });
    }

    private static OrganisationView View(Organisation o) => new(o.Id, o.Name, o.Kind, o.SectionKind, o.ParentId, o.BudgetCode);
}
