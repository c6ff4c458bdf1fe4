// TEMPORARY (server branch): stands in for Jixiao.Interchange.FormFile until branch text-reader is merged into main;
// delete this file then (the duplicate type name makes the build say so).
using Jixiao.Interchange.Text;

namespace Jixiao.Interchange;

public static class FormFile
{
    public static ReadResult Read(string path)
    {
        var text = File.ReadAllText(path);
        if (!text.Contains("项目名称", StringComparison.Ordinal) && !text.Contains("项 目 名 称", StringComparison.Ordinal))
            throw new FormReadException(Path.GetFileName(path), "不是预算绩效目标申报表（找不到「项目名称」）。");
        return TextFormReader.Read(text, Path.GetFileName(path));
    }
}
