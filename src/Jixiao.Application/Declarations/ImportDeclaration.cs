using Jixiao.Application.Access;
using Jixiao.Domain.Checks;
using Jixiao.Interchange;
using Jixiao.Interchange.Excel;
using Jixiao.Interchange.Json;

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

    public static async Task<ReadResult> ReadAsync(Stream file, string fileName, CancellationToken ct)
    {
        var safeName = Path.GetFileName(fileName);
        if (safeName.Length == 0) safeName = "upload.txt";
        var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        try
        {
            return Path.GetExtension(safeName).ToLowerInvariant() switch
            {
                ".xlsx" => DeclarationWorkbook.Read(buffer, safeName),
                ".json" => DeclarationJson.Read(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), safeName),
                _ => await ReadTextAsync(buffer, safeName, ct),
            };
        }
        catch (FormReadException e)
        {
            throw new BadInputException(e.Message);
        }
    }

    /// The text reader works on files (its encoding detection looks at the bytes), so the upload is written to a
    /// private temporary file under its own name first; the message never shows that temporary path.
    private static async Task<ReadResult> ReadTextAsync(MemoryStream upload, string safeName, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("jixiao-import-");
        var path = Path.Combine(folder.FullName, safeName);
        try
        {
            await File.WriteAllBytesAsync(path, upload.ToArray(), ct);
            return FormFile.Read(path);
        }
        catch (FormReadException e)
        {
            throw new FormReadException(safeName, e.Reason, e);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
