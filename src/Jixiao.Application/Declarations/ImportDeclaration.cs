using Jixiao.Application.Access;
using Jixiao.Domain.Checks;
using Jixiao.Interchange;

namespace Jixiao.Application.Declarations;

/// A filer uploads a form file in any format the reader takes; it becomes a draft with the reader's and the
/// checker's findings. A file that cannot be read at all is bad input with the reader's reason.
public sealed class ImportDeclaration(CreateDeclaration create)
{
    public async Task<CreatedDeclaration> RunAsync(Caller caller, Stream file, string fileName, CancellationToken ct)
    {
        var read = await ReadAsync(file, fileName, ct);
        var created = await create.RunAsync(caller, read.Declaration, "imported", read.Findings.WithSources(read.Sources), ct);
        // the checker's findings get the line or cell of the uploaded file too
        return created with { Findings = created.Findings.WithSources(read.Sources) };
    }

    /// The readers work on files (their encoding detection and format choice look at the name and the bytes), so
    /// the upload is written to a private temporary file under its own extension first.
    public static async Task<ReadResult> ReadAsync(Stream file, string fileName, CancellationToken ct)
    {
        var safeName = Path.GetFileName(fileName);
        if (safeName.Length == 0) safeName = "upload.txt";
        var folder = Directory.CreateTempSubdirectory("jixiao-import-");
        var path = Path.Combine(folder.FullName, safeName);
        try
        {
            await using (var target = File.Create(path))
                await file.CopyToAsync(target, ct);
            return FormFile.Read(path);
        }
        catch (FormReadException e)
        {
            throw new BadInputException(e.Message.Replace(path, safeName, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
