using System.CommandLine;
using Jixiao.Application.Documents;
using Jixiao.Cli.Output;
using Jixiao.Interchange.Excel;

namespace Jixiao.Cli.Commands;

/// `jixiao template [-o 申报表模板.xlsx]`: the blank form to fill offline in Excel or WPS and import.
internal static class TemplateCommand
{
    public static Command Create(CliOutput output)
    {
        var outputPath = new Option<string?>("--output", "-o") { Description = $"输出文件，默认为当前目录下的 {DocumentNames.TemplateFileName}" };
        var command = new Command("template", "生成空白申报表模板（.xlsx，一级指标、二级指标、项目类型带下拉列表），填好后可用 jixiao import 或服务器导入。") { outputPath };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(outputPath) ?? DocumentNames.TemplateFileName;
            try
            {
                using (var file = File.Create(target)) DeclarationWorkbook.WriteTemplate(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                output.Error.WriteLine($"无法写入文件「{target}」：{e.Message}");
                return ExitCodes.Unreadable;
            }
            output.Out.WriteLine($"已生成空白申报表模板「{target}」。");
            return ExitCodes.Ok;
        });
        return command;
    }
}
