using Jixiao.Application.Access;
using Jixiao.Application.Auditing;
using Jixiao.Application.Declarations;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Organisations;
using Jixiao.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Setup;

/// The demo organisation of the README, which scripts rely on: the finance bureau with one business section
/// (assigned to both departments) and the three counterpart sections, two departments, one user per role, all with
/// the demo password, and the sample form imported as a draft of 南昌市政务服务数据管理局.
public sealed class SeedDemo(JixiaoDbContext db, UserAdmin userAdmin, CreateDeclaration createDeclaration, AuditWriter audit, TimeProvider clock)
{
    public const string Password = "Jixiao@2022";
    public const string SampleResource = "Jixiao.Samples.nanchang-2022-big-data-fund.txt";

    /// Seeds an empty database; returns false (and changes nothing) when any user already exists.
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        await using var transaction = await db.BeginWriteAsync(ct);
        if (await db.Users.AnyAsync(ct)) return false;
        var actor = Caller.System;
        var now = clock.UtcNow();

        Organisation Org(string name, OrganisationKind kind, Organisation? parent = null, SectionKind? section = null, string? code = null)
        {
            var org = new Organisation { Name = name, Kind = kind, ParentId = parent?.Id, SectionKind = section, BudgetCode = code, CreatedAt = now };
            db.Organisations.Add(org);
            return org;
        }

        var bureau = Org("南昌市财政局", OrganisationKind.FinanceBureau);
        var business = Org("市财政局业务科", OrganisationKind.FinanceSection, bureau, SectionKind.Business);
        var performance = Org("市财政公共服务中心绩效评价科", OrganisationKind.FinanceSection, bureau, SectionKind.PerformanceEvaluation);
        var debt = Org("市财政局债务金融科", OrganisationKind.FinanceSection, bureau, SectionKind.DebtFinance);
        var procurement = Org("市财政局政府采购监管科", OrganisationKind.FinanceSection, bureau, SectionKind.ProcurementSupervision);
        var dataBureau = Org("南昌市政务服务数据管理局", OrganisationKind.Department, code: "507001");
        var education = Org("南昌市教育局", OrganisationKind.Department);
        db.SectionAssignments.Add(new SectionAssignment { SectionId = business.Id, DepartmentId = dataBureau.Id });
        db.SectionAssignments.Add(new SectionAssignment { SectionId = business.Id, DepartmentId = education.Id });
        foreach (var org in new[] { bureau, business, performance, debt, procurement, dataBureau, education })
            await audit.AppendAsync(actor, "organisation.create", "organisation", org.Id.ToString(), new { org.Name, kind = org.Kind.ToString(), demo = true }, ct);
        await db.SaveChangesAsync(ct);

        (string user, string name, UserRole role, Organisation org)[] people =
        [
            ("filer1", "数据管理局填报人", UserRole.Filer, dataBureau),
            ("filer2", "教育局填报人", UserRole.Filer, education),
            ("dept1", "数据管理局审核人", UserRole.DepartmentReviewer, dataBureau),
            ("dept2", "教育局审核人", UserRole.DepartmentReviewer, education),
            ("biz", "业务科审核人", UserRole.SectionReviewer, business),
            ("perf", "绩效评价科审核人", UserRole.SectionReviewer, performance),
            ("debt", "债务金融科审核人", UserRole.SectionReviewer, debt),
            ("proc", "政府采购监管科审核人", UserRole.SectionReviewer, procurement),
            ("admin", "系统管理员", UserRole.Admin, bureau),
        ];
        var filer1 = Caller.System;
        foreach (var (user, name, role, org) in people)
        {
            var created = await userAdmin.AddAsync(actor, new UserAdmin.UserInput(user, name, role, org.Id, Password), ct);
            if (user == "filer1")
                filer1 = Caller.System with { UserId = created.User.Id, UserName = user, DisplayName = name, Role = role, OrganisationId = org.Id, DepartmentId = org.Id };
        }

        await using (var sample = typeof(SeedDemo).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException($"Embedded resource {SampleResource} is missing."))
        {
            var read = await ImportDeclaration.ReadAsync(sample, "nanchang-2022-big-data-fund.txt", ct);
            await createDeclaration.AddAsync(filer1, dataBureau.Id, dataBureau.Id, read.Declaration, "imported", ct);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
