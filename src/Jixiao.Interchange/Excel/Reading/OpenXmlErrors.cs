using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Interchange.Excel.Reading;

/// Turns what the Open XML SDK, and the zip and XML readers under it, throw for a broken file into a
/// <see cref="FormReadException"/> with a Chinese reason. Only package and sheet reading runs inside: a fault in the
/// label-based form reader must not pass for a damaged file.
internal static class OpenXmlErrors
{
    public static void Guard(string fileName, ReadLimits limits, Action read) =>
        Guard(fileName, limits, () =>
        {
            read();
            return true;
        });

    public static T Guard<T>(string fileName, ReadLimits limits, Func<T> read)
    {
        try
        {
            return read();
        }
        // The exception has no type of its own; its message names the XmlReaderSettings property that stopped it.
        catch (XmlException e) when (e.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal))
        {
            throw new FormReadException(fileName, $"文件解压后过大（其中一个部件超过 {limits.MaxPartCharacters} 个字符），可能是压缩炸弹，已拒绝导入。", e);
        }
        catch (XmlException e)
        {
            throw new FormReadException(fileName, "文件已损坏：工作簿内容不是有效的 XML。", e);
        }
        catch (InvalidDataException e)
        {
            throw new FormReadException(fileName, "文件已损坏：压缩数据无法解压。", e);
        }
        catch (NotSupportedException e)
        {
            throw new FormReadException(fileName, "文件使用了不支持的压缩方式。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。", e);
        }
        catch (IOException e)
        {
            throw new FormReadException(fileName, "文件已损坏：无法读取其中的内容。", e);
        }
        // OpenXmlPackageException: a part of the wrong content type; FileFormatException (a FormatException):
        // duplicate entries; UriFormatException: a relationship target that is no URI.
        catch (Exception e) when (e is OpenXmlPackageException or FormatException)
        {
            throw new FormReadException(fileName, "文件已损坏：工作簿的部件或关系不符合 .xlsx 格式。", e);
        }
        // System.IO.Packaging on a damaged relationship ("PackageRelationship …" with a broken id or target) throws
        // ArgumentException; one thrown by our own sheet code is a defect and must stay one, hence the thrower's namespace.
        catch (ArgumentException e) when (e.TargetSite?.DeclaringType?.Namespace is { } thrower
            && (thrower.StartsWith("System.IO.Packaging", StringComparison.Ordinal) || thrower.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal)))
        {
            throw new FormReadException(fileName, "文件已损坏：工作簿的部件或关系不符合 .xlsx 格式。", e);
        }
        // System.IO.Packaging: "Specified part does not exist in the package" for a relationship to a missing part.
        catch (InvalidOperationException e)
        {
            throw new FormReadException(fileName, "文件已损坏：工作簿引用的部件不存在。", e);
        }
    }
}
