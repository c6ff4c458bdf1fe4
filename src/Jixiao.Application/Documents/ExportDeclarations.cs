using System.IO.Compression;
using System.Text;
using Jixiao.Application.Access;
using Jixiao.Application.Declarations;
using Jixiao.Data;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Excel.Summary;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Documents;

/// Bulk export for the finance bureau: every declaration the caller sees (optionally of one year and one
/// department) in one format, zipped with a summary workbook (汇总表.xlsx). The zip is written entry by entry to the
/// output as it is made, so hundreds of declarations never sit in memory together.
public sealed class ExportDeclarations(JixiaoDbContext db, FiledForms forms)
{
    /// What will be exported, decided before anything is written (so a bad request still gets a proper error).
    public sealed record Plan(Caller Caller, IReadOnlyList<Guid> Ids, ExportFormat Format, string FileName, string AsciiFileName)
    {
        public string ContentType => "application/zip";
    }

    /// <paramref name="department"/> is part of the department's name, as the list's 部门 filter takes it, or its id.
    public async Task<Plan> PlanAsync(Caller caller, int? year, string? department, ExportFormat format, CancellationToken ct)
    {
        var query = db.VisibleDeclarations(caller).AsNoTracking();
        if (year is { } y) query = query.Where(d => d.Year == y);
        if (!string.IsNullOrWhiteSpace(department))
        {
            var name = department.Trim();
            query = Guid.TryParse(name, out var departmentId)
                ? query.Where(d => d.DepartmentId == departmentId)
                : query.Where(d => d.Department!.Name.Contains(name));
        }
        var ids = await query.OrderBy(d => d.Department!.Name).ThenBy(d => d.ProjectName).ThenBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        var (fileName, ascii) = DocumentNames.Bulk(year, department?.Trim());
        return new Plan(caller, ids, format, fileName, ascii);
    }

    /// Writes the zip to <paramref name="output"/> (left open) with asynchronous writes only, so that it can go
    /// straight into a response body. A declaration that left the caller's scope since the plan was made is skipped.
    public async Task WriteAsync(Plan plan, Stream output, CancellationToken ct)
    {
        var summary = new List<SummaryEntry>();
        var failures = new List<string>();
        await using var drained = new DrainedStream(output);
        using (var zip = new ZipArchive(drained, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var id in plan.Ids)
            {
                var record = await db.VisibleDeclarations(plan.Caller).AsNoTracking().Include(d => d.Steps).Include(d => d.Department)
                    .SingleOrDefaultAsync(d => d.Id == id, ct);
                if (record is null) continue;
                FiledForm form;
                byte[] document;
                try
                {
                    form = await forms.LoadAsync(record, record.Version, ct);
                    document = FiledForms.ToBytes(form.Printed, form.Seals, plan.Format);
                }
                catch (Exception e) when (e is not (OperationCanceledException or DocumentUnavailableException))
                {
                    // The zip is already on its way to the user: one bad declaration (a damaged stored version) must
                    // not cut off the others, so it is named in a note inside the zip instead. A missing font fails
                    // every document alike and stays an error of the whole request.
                    failures.Add($"{record.ProjectName}（{record.Department?.Name}，编号 {record.Id}）：{Reason(e)}");
                    continue;
                }
                var entryName = DocumentNames.Entry(summary.Count + 1, form.Stored.ProjectName ?? record.ProjectName, plan.Format);
                Add(zip, entryName, document);
                await drained.DrainAsync(ct);

                summary.Add(SummaryEntry.Of(form.Stored, DeclarationContent.Check(form.Stored)) with
                {
                    ProjectName = form.Stored.ProjectName ?? record.ProjectName,
                    Department = record.Department?.Name ?? form.Stored.Department ?? "",
                    Year = form.Stored.Year ?? record.Year,
                    Status = record.Status.Label(),
                    CurrentStage = record.CurrentStage?.Label(),
                    Version = record.Version,
                    FileName = entryName,
                    Id = record.Id.ToString(),
                });
            }
            // the workbook package needs a seekable stream, which a zip entry being written is not
            using var workbook = new MemoryStream();
            SummaryWorkbook.Write(workbook, summary);
            Add(zip, DocumentNames.SummaryFileName, workbook.ToArray());
            if (failures.Count > 0)
                Add(zip, DocumentNames.FailuresFileName, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
                    $"以下 {failures.Count} 份申报表未能导出，其余已导出并列入汇总表。请把此说明转给系统管理员。\r\n\r\n"
                    + string.Join("\r\n", failures) + "\r\n")).ToArray());
        }
        await drained.DrainAsync(ct);   // the last entry's end and the central directory
    }

    private static string Reason(Exception e) => e is BadInputException
        ? "保存的内容已损坏，无法读取。"
        : "导出时发生内部错误。";

    /// One entry, written synchronously into the drained stream's buffer. Each document is made in memory first
    /// (one at a time, some 100 KB): the PDF and workbook writers want a stream they can seek.
    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        // .xlsx and PDF are compressed already: the fastest level costs little and saves little
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(content);
    }
}
