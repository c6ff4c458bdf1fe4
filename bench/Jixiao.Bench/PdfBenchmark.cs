using System.Globalization;
using System.Runtime;
using Jixiao.Interchange.Excel;
using Jixiao.Interchange.Pdf;
using Jixiao.Testing;

namespace Jixiao.Bench;

/// PDF export of the sample form, milliseconds per form, next to LibreOffice converting the form's official .xlsx
/// (DeclarationWorkbook) to PDF headless in the same run — one form per process as people print today, and ten per
/// process for the batch case. The .xlsx export itself is timed too, for reference.
internal static class PdfBenchmark
{
    private const int BatchSize = 10;

    public static int Run(string[] args)
    {
        var seconds = Args.Value(args, "--seconds", 10.0);
        var libreOfficeRuns = (int)Args.Value(args, "--libreoffice-runs", 5);
        var givenWorkbook = Args.String(args, "--xlsx");
        var keep = args.Contains("--keep");
        var declaration = SampleDeclaration.Nanchang.Value;

        var pdf = DeclarationPdf.ToBytes(declaration);
        var jixiao = Measure.Run("Jixiao DeclarationPdf.Write (PDFsharp)", () => DeclarationPdf.ToBytes(declaration), seconds);
        var xlsx = Measure.Run("Jixiao DeclarationWorkbook.Write (.xlsx, reference)", () =>
        {
            using var buffer = new MemoryStream();
            DeclarationWorkbook.Write(declaration, buffer);
        }, seconds / 2);

        var work = Directory.CreateTempSubdirectory("jixiao-bench-pdf-").FullName;
        try
        {
            var workbook = Path.Combine(work, "form.xlsx");
            if (givenWorkbook is not null) File.Copy(givenWorkbook, workbook);
            else
                using (var file = File.Create(workbook))
                    DeclarationWorkbook.Write(declaration, file);
            var libreOffice = LibreOffice.Find(work);

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                Jixiao PDF benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC
                machine: {Machine.Describe()}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, Jixiao single thread, load average {Machine.Load()}
                input: {Path.GetFileName(Samples.NanchangSeed)} ({declaration.Indicators.Count} indicators) → {PageCount(pdf)} A4 pages, {pdf.Length / 1024.0:0} KB PDF
                xlsx for LibreOffice: {givenWorkbook ?? "DeclarationWorkbook.Write of the same form (official layout)"}, {new FileInfo(workbook).Length / 1024.0:0} KB

                {"figure",-56} {"ms/form best",13} {"median",10}
                {Row(jixiao.Name, 1000 / jixiao.PerSecondBest, 1000 / jixiao.PerSecondMedian)}
                {Row(xlsx.Name, 1000 / xlsx.PerSecondBest, 1000 / xlsx.PerSecondMedian)}
                """));
            if (libreOffice is null)
            {
                Console.WriteLine("LibreOffice not installed (Debian package libreoffice-calc-nogui): its rows are skipped.");
                return 0;
            }

            var output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
            var cold = libreOffice.Convert([workbook], output);                     // first start creates the profile
            var single = Enumerable.Range(0, libreOfficeRuns).Select(_ => libreOffice.Convert([workbook], output).TotalMilliseconds).Order().ToList();
            var copies = Enumerable.Range(1, BatchSize).Select(i =>
            {
                var copy = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"form-{i}.xlsx"));
                File.Copy(workbook, copy);
                return copy;
            }).ToList();
            var batch = Enumerable.Range(0, Math.Max(1, libreOfficeRuns / 2))
                .Select(_ => libreOffice.Convert(copies, output).TotalMilliseconds / BatchSize).Order().ToList();

            var jixiaoMedian = 1000 / jixiao.PerSecondMedian;
            var ratio = Median(single) / jixiaoMedian;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                {Row($"{libreOffice.Version()}", double.NaN, double.NaN)}
                {Row("  one form per process, first start (new profile)", cold.TotalMilliseconds, cold.TotalMilliseconds)}
                {Row($"  one form per process ({libreOfficeRuns} runs)", single[0], Median(single))}
                {Row($"  {BatchSize} forms per process (per form, {batch.Count} runs)", batch[0], Median(batch))}

                LibreOffice / Jixiao (median): one form per process {ratio:0}×, {BatchSize} forms per process {Median(batch) / jixiaoMedian:0}×
                goal: Jixiao's PDF ≥ 20× faster than LibreOffice printing the .xlsx (one form per process) → {(ratio >= 20 ? "met" : "NOT met")}
                """));
            return 0;
        }
        finally
        {
            if (keep)
            {
                File.WriteAllBytes(Path.Combine(work, "jixiao.pdf"), pdf);
                Console.WriteLine($"kept: {work} (form.xlsx, out/form.pdf by LibreOffice, jixiao.pdf)");
            }
            else Directory.Delete(work, recursive: true);
        }
    }

    private static string Row(string name, double best, double median) => double.IsNaN(best)
        ? name
        : string.Create(CultureInfo.InvariantCulture, $"{name,-56} {best,13:N1} {median,10:N1}");

    private static double Median(List<double> sorted) => sorted[sorted.Count / 2];

    private static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        return PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import).PageCount;
    }
}
