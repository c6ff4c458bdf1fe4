using Jixiao.Application.Access;
using Jixiao.Domain.Checks;
using Jixiao.Interchange;

namespace Jixiao.Application.Declarations;

/// A filer uploads a form file in any format the readers take (extracted text, Jixiao's JSON, the Excel template);
/// it becomes a draft with the readers' and the checker's findings. A file that cannot be read at all is bad input
/// with the reader's reason.
public sealed class ImportDeclaration(CreateDeclaration create)
{
    public async Task<CreatedDeclaration> RunAsync(Caller caller, Stream file, string fileName, CancellationToken ct)
    {
        var read = await ReadAsync(file, fileName, ct);
        var created = await create.RunAsync(caller, read.Declaration, "imported", read.Findings.WithSources(read.Sources), ct);
        // the checker's findings get the line or cell of the uploaded file too
        return created with { Findings = created.Findings.WithSources(read.Sources) };
    }

    /// No declaration form comes near this size; a bigger upload is refused before it is held in memory.
    public const int LargestUpload = 20 * 1024 * 1024;

    public static async Task<ReadResult> ReadAsync(Stream file, string fileName, CancellationToken ct)
    {
        var safeName = Path.GetFileName(fileName);
        if (safeName.Length == 0) safeName = "upload.txt";
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > LargestUpload)
                throw new BadInputException($"无法读取文件「{safeName}」：文件超过 {LargestUpload / 1024 / 1024} MB，不是一份申报表。");
            buffer.Write(chunk, 0, read);
        }
        try
        {
            // The readers pick the format by content (a workbook, Jixiao's JSON, or a form extracted to text).
            return FormFile.Read(buffer.ToArray(), safeName);
        }
        catch (FormReadException e)
        {
            throw new BadInputException(e.Message);
        }
    }
}
