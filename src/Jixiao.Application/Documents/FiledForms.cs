using Jixiao.Application.Declarations;
using Jixiao.Application.Review;
using Jixiao.Data;
using Jixiao.Data.Declarations;
using Jixiao.Domain.Declarations;
using Jixiao.Interchange.Excel;
using Jixiao.Interchange.Pdf;

namespace Jixiao.Application.Documents;

/// One declaration version as it goes out: the stored content, the same with its review boxes filled from the
/// steps, and each filled box's seal.
public sealed record FiledForm(DeclarationRecord Record, int Version, Declaration Stored, Declaration Printed, IReadOnlyList<FormSeal> Seals);

/// Turns a stored declaration version into the official documents. Seals are checked exactly as
/// GET /seals/verify checks them (<see cref="ReviewSeals.VerifyAsync"/>), at the moment of the export.
public sealed class FiledForms(JixiaoDbContext db, ReviewSeals seals)
{
    /// <paramref name="record"/> comes with its steps loaded, from a query the caller's scope already applied to.
    public async Task<FiledForm> LoadAsync(DeclarationRecord record, int version, CancellationToken ct)
    {
        var content = (await db.VersionAsync(record.Id, version, ct)).Content;
        var stored = DeclarationContent.Parse(content);
        var steps = new List<VerifiedStep>();
        foreach (var step in record.Steps.Where(s => s.VersionNumber == version))
            steps.Add(new VerifiedStep(step, await seals.VerifyAsync(step, content, ct)));
        var (printed, formSeals) = ReviewedForm.Fill(stored, version, steps);
        return new FiledForm(record, version, stored, printed, formSeals);
    }

    /// Writes the declaration in <paramref name="format"/> with its seals to <paramref name="output"/> (left open).
    public static void Write(Declaration declaration, IReadOnlyList<FormSeal> seals, ExportFormat format, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Xlsx:
                DeclarationWorkbook.Write(declaration, output, new ExportOptions { Seals = seals.ToDictionary(s => s.Box, s => s.Text) });
                break;
            case ExportFormat.Pdf:
                try
                {
                    DeclarationPdf.Write(declaration, output, new PdfOptions { Seals = [.. seals.Select(s => s.ToPdf())] });
                }
                catch (FileNotFoundException e)
                {
                    // the Chinese font is not installed: the message says which Debian package brings it
                    throw new DocumentUnavailableException(e.Message, e);
                }
                break;
        }
    }

    public static byte[] ToBytes(Declaration declaration, IReadOnlyList<FormSeal> seals, ExportFormat format)
    {
        using var buffer = new MemoryStream();
        Write(declaration, seals, format, buffer);
        return buffer.ToArray();
    }
}

/// A document cannot be made on this machine right now (the PDF's Chinese font is missing): the server answers 503
/// with the message, the command line exits 2 with it.
public sealed class DocumentUnavailableException(string message, Exception inner) : Exception(message, inner);
