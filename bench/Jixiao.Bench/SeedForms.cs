using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Jixiao.Bench;

/// The forms the server seed files: the real sample form (samples/nanchang-2022-big-data-fund.txt) with a project name
/// of its own for each declaration, filed by either demo department. Names come from a district and a subject typical
/// of the department, so that lists and queues look like a real year's intake rather than 5 000 copies of one row.
internal static class SeedForms
{
    public const string SampleProjectName = "2022 年市大数据发展专项资金";
    public const string DataBureau = "南昌市政务服务数据管理局";
    public const string Education = "南昌市教育局";

    private static readonly string[] Districts =
        ["市本级", "东湖区", "西湖区", "青云谱区", "青山湖区", "新建区", "红谷滩区", "南昌县", "进贤县", "安义县"];

    private static readonly string[] DataSubjects =
    [
        "政务云平台运维", "数据共享交换平台建设", "城市大脑", "电子政务外网升级", "政务服务一网通办", "公共数据开放平台",
        "网络安全等级保护", "12345 热线系统", "智慧社区试点", "视频监控联网", "电子证照库", "大数据发展专项资金",
    ];

    private static readonly string[] EducationSubjects =
    [
        "义务教育学校校舍维修", "中小学教师培训", "学生营养改善计划", "智慧校园建设", "中小学课后服务", "学前教育普惠补助",
        "校园安全设施", "职业教育实训基地", "教育信息化", "特殊教育资源中心", "乡村学校少年宫", "教育督导评估",
    ];

    public static string ProjectName(Random random, bool education, int serial)
    {
        var subjects = education ? EducationSubjects : DataSubjects;
        var district = Districts[random.Next(Districts.Length)];
        var subject = subjects[random.Next(subjects.Length)];
        return string.Create(CultureInfo.InvariantCulture, $"2022 年{district}{subject}项目（{serial}）");
    }

    /// The sample text with another project name and, for the education bureau, its name as the filing department.
    public static byte[] SampleText(string sample, string projectName, bool education)
    {
        var text = sample.Replace(SampleProjectName, projectName, StringComparison.Ordinal);
        if (education) text = text.Replace(DataBureau, Education, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    /// A copy of the fixed sample declaration (docs/json.md) as another project of a department.
    public static JsonObject Declaration(JsonObject fixedSample, string projectName, bool education, string projectType)
    {
        var copy = fixedSample.DeepClone().AsObject();
        copy["projectName"] = projectName.Replace("2022 年", "2022年", StringComparison.Ordinal);
        if (education) copy["department"] = Education;
        copy["projectTypes"] = new JsonArray(JsonValue.Create(projectType));
        return copy;
    }

    /// Fills the targets the sample leaves empty, as the unit would after reading the MISSING_VALUE findings.
    public static JsonObject FixMissingValues(JsonObject declaration, JsonArray findings)
    {
        var fixedCopy = declaration.DeepClone().AsObject();
        foreach (var finding in findings.Where(f => (string?)f!["code"] == "MISSING_VALUE"))
        {
            var location = (string)finding!["location"]!;
            var start = location.IndexOf('[', StringComparison.Ordinal) + 1;
            var index = int.Parse(location[start..location.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            fixedCopy["indicators"]![index]!["target"] = new JsonObject { ["text"] = "100%" };
        }
        return fixedCopy;
    }
}
