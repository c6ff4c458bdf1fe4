using System.CommandLine;
using System.Globalization;
using Jixiao.Application.Access;
using Jixiao.Application.Documents;
using Jixiao.Cli.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Commands;

/// `jixiao export FILE_OR_ID [--format xlsx|pdf] [-o OUT]`: a form file (any format `import` reads) or a declaration
/// of the database, by id, as the official .xlsx or the PDF; from the database with its review boxes and seals.
internal static class ExportCommand
{
    private const string Description =
        """
        把申报表导出为官方格式的 Excel（.xlsx）或 PDF。
        FILE_OR_ID 是申报表文件（.txt、.json、.xlsx），或数据库中申报表的编号（导出最新版本，审核意见栏和电子签章按审核记录填写并当场验证）。
        """;

    public static Command Create(CliOutput output)
    {
        var input = new Argument<string>("FILE_OR_ID") { Description = "申报表文件，或数据库中申报表的编号（GUID）" };
        input.Validators.Add(CommandLineChecks.NoUnknownOptions);
        var format = new Option<string?>("--format", "-f") { Description = "xlsx（默认；输出文件名以 .pdf 结尾时为 pdf）或 pdf" };
        var outputPath = new Option<string?>("--output", "-o") { Description = "输出文件或文件夹；默认为当前目录下的「项目名称-申报表.xlsx」" };

        var command = new Command("export", Description + "\n" + ServerSettings.Help) { input, format, outputPath }.AcceptingSettings();
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(input)!, parse.GetValue(format), parse.GetValue(outputPath),
            ServerSettings.SettingsOf(parse), output, ct));
        return command;
    }

    private static async Task<int> RunAsync(string input, string? formatText, string? outputPath, IReadOnlyList<string> settings,
        CliOutput output, CancellationToken ct)
    {
        ExportedFile file;
        try
        {
            var format = ExportFormats.Parse(formatText ?? (Path.GetExtension(outputPath ?? "").Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? "pdf" : "xlsx"));
            if (!File.Exists(input) && Guid.TryParse(input, out var id))
            {
                await using var services = ServerSettings.Services(settings);
                await using var scope = services.CreateAsyncScope();
                file = await scope.ServiceProvider.GetRequiredService<ExportDeclaration>().RunFromCommandLineAsync(id, null, format, ct);
            }
            else
            {
                if (DeclarationFile.TryRead(input, out var problem) is not { } read)
                {
                    output.Error.WriteLine(problem);
                    return ExitCodes.Unreadable;
                }
                // a form file has no review steps of the server: its boxes print as the file has them, without seals
                file = new ExportedFile(DocumentNames.Declaration(read.Declaration.ProjectName, format), "", format.ContentType(),
                    FiledForms.ToBytes(read.Declaration, [], format));
            }
        }
        catch (Exception e) when (e is BadInputException or NotFoundException or DocumentUnavailableException)
        {
            // a bad --format, an id the database does not have, the PDF's Chinese font not installed: each says so in Chinese
            output.Error.WriteLine(e.Message);
            return ExitCodes.Unreadable;
        }

        // no -o: the project's name in the current folder; -o FOLDER: the project's name there
        var target = outputPath is null ? file.FileName : Directory.Exists(outputPath) ? Path.Combine(outputPath, file.FileName) : outputPath;
        try
        {
            await File.WriteAllBytesAsync(target, file.Content, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            output.Error.WriteLine($"无法写入文件「{target}」：{e.Message}");
            return ExitCodes.Unreadable;
        }
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已导出「{target}」（{file.Content.Length / 1024.0:0.#} KB）。"));
        return ExitCodes.Ok;
    }
}
