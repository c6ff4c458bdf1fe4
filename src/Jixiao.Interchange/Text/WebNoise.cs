using System.Buffers;
using System.Collections.Frozen;

namespace Jixiao.Interchange.Text;

/// The web page around a form extracted from a site: navigation, publishing data, footers. Such lines are skipped,
/// not reported cell by cell; after the indicator table, the first of them ends the form.
internal static class WebNoise
{
    // Words that only the page around the form uses: breadcrumbs, publishing data, site footers, download pages.
    private static readonly string[] WordList =
    [
        "当前位置", "您所在的位置", "首页", "发布时间", "发布日期", "发文日期", "发文机关", "索引号", "来源:", "来源：", "作者:", "作者：",
        "浏览次数", "阅读次数", "点击数", "字号", "打印本页", "关闭窗口", "分享到", "扫一扫", "归档时间", "智能问答", "你还可以输入",
        "ICP备", "公网安备", "网站标识码", "主办单位", "承办单位", "主办", "承办", "版权所有", "Copyright", "copyright", "技术支持",
        "网站地图", "联系我们", "邮箱", "网站监督电话", "资源ID", "资源大小", "资源格式", "下载积分", "友情提示", "下载后", "浏览器",
        "http://", "https://", "www.", "source:", "logo", "上一篇", "下一篇", "相关链接", "附件下载", "文号:",
    ];

    // The words found by their first characters: one vectorised search for any of them, then the few words that start
    // with the character found. A search for all the words at once walked a dictionary per character of every line.
    private static readonly SearchValues<char> WordStarts = SearchValues.Create([.. WordList.Select(word => word[0]).Distinct()]);

    private static readonly FrozenDictionary<char, string[]> WordsByStart =
        WordList.GroupBy(word => word[0]).ToFrozenDictionary(group => group.Key, group => group.ToArray());

    private static bool HasWord(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(WordStarts); at >= 0; at = text.IndexOfAny(WordStarts))
        {
            text = text[at..];
            foreach (var word in WordsByStart[text[0]])
                if (text.StartsWith(word, StringComparison.Ordinal)) return true;
            text = text[1..];
        }
        return false;
    }

    // The labels of a government site's publishing table (索 引 号 | WQX018-2021-000006 | 主题分类 |, 来 源 | 乌恰县水利局):
    // spaced out as they are printed, the words above do not find them; a row that starts with one is page chrome.
    private static readonly FrozenSet<string> MetadataLabels = FrozenSet.Create(StringComparer.Ordinal,
        "索引号", "主题分类", "发布机构", "来源", "信息来源", "文号", "发文字号", "成文日期", "发布日期", "生效日期", "体裁分类", "组配分类",
        "公开方式", "公开范围", "公开时限", "有效性");

    public static bool IsNoise(SourceRow row)
    {
        var raw = row.RawSpan;
        if (HasWord(raw)) return true;
        if (row.Cells.Length >= 2 && MetadataLabels.Contains(row.Cells[0].Text)) return true;
        // A breadcrumb: "市交通运输局 > 其他 > 通知公告".
        return raw.Count('>') >= 2 && raw.IndexOf(">=", StringComparison.Ordinal) < 0;
    }
}
