using Jixiao.Application.Access;
using Jixiao.Application.Declarations;
using Jixiao.Data;
using Jixiao.Data.Declarations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Documents;

/// One declaration version — the latest unless another is asked for — as the official .xlsx or PDF, with the review
/// boxes filled from the review steps and each box's seal verified now.
public sealed class ExportDeclaration(JixiaoDbContext db, FiledForms forms)
{
    /// For a signed-in user: anything outside their scope is not found (404), as everywhere.
    public async Task<ExportedFile> RunAsync(Caller caller, Guid id, int? version, ExportFormat format, CancellationToken ct) =>
        await ExportAsync(await db.LoadVisibleAsync(caller, id, ct), version, format, ct);

    /// For `jixiao export ID`: whoever runs the command line holds the database settings, and with them every
    /// declaration, so there is no user scope to apply.
    public async Task<ExportedFile> RunFromCommandLineAsync(Guid id, int? version, ExportFormat format, CancellationToken ct)
    {
        var record = await db.Declarations.AsNoTracking().Include(d => d.Steps).Include(d => d.Department)
            .SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException($"数据库中没有编号为 {id} 的申报表。");
        return await ExportAsync(record, version, format, ct);
    }

    private async Task<ExportedFile> ExportAsync(DeclarationRecord record, int? version, ExportFormat format, CancellationToken ct)
    {
        var form = await forms.LoadAsync(record, version ?? record.Version, ct);
        var earlier = form.Version != record.Version ? form.Version : (int?)null;
        return new ExportedFile(
            DocumentNames.Declaration(form.Stored.ProjectName ?? record.ProjectName, format, earlier),
            DocumentNames.DeclarationAscii(form.Stored.Year ?? record.Year, record.Id, format, earlier),
            format.ContentType(),
            FiledForms.ToBytes(form.Printed, form.Seals, format));
    }
}
