using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests.Infrastructure;

/// Declarations written by hand in the JSON of docs/json.md: complete and consistent, so that the checker finds no
/// error and each test changes only what it is about.
public static class TestDeclarations
{
    public static JsonObject Valid(params string[] projectTypes)
    {
        var json = JsonNode.Parse("""
            {
              "title": "南昌市预算绩效目标申报表",
              "year": 2022,
              "region": "南昌市",
              "projectName": "2022年政务数据共享平台建设",
              "department": "南昌市政务服务数据管理局",
              "departmentHead": "宋亮生",
              "budgetCode": "507001",
              "filedOn": "2022-01-19",
              "projectLead": "范首江",
              "contactPerson": "陈凯孝",
              "contactPhone": "18107000408",
              "startDate": "2022-01-01",
              "endDate": "2022-12-31",
              "overview": "建设全市政务数据共享平台，推动跨部门数据共享和业务协同。",
              "measures": "依据《南昌市政务信息资源共享管理办法》，实行项目负责人制和专项资金管理制度。",
              "overallGoal": "建成全市统一的政务数据共享平台，实现部门间数据按需共享。",
              "annualGoal": "完成平台建设并上线运行，接入市直部门，提升数据共享效率。",
              "projectTypes": ["general"],
              "budget": { "total": 100, "currentYear": 100, "carryOver": 0 },
              "fundSources": [
                { "name": "合计", "priorYear": 0, "currentYear": 100, "children": [
                  { "name": "财政拨款", "priorYear": 0, "currentYear": 100, "children": [
                    { "name": "上级财政拨款", "priorYear": 0, "currentYear": 0 },
                    { "name": "本级财政安排", "priorYear": 0, "currentYear": 100 },
                    { "name": "下级财政配套", "priorYear": 0, "currentYear": 0 } ] },
                  { "name": "自有资金", "priorYear": 0, "currentYear": 0, "children": [
                    { "name": "事业收入", "priorYear": 0, "currentYear": 0 },
                    { "name": "经营性收入", "priorYear": 0, "currentYear": 0 },
                    { "name": "其他", "priorYear": 0, "currentYear": 0 } ] },
                  { "name": "其它资金", "priorYear": 0, "currentYear": 0 } ] }
              ],
              "indicators": [
                { "level1": "产出指标", "level2": "数量指标", "name": "建成数据共享平台", "target": { "text": "=1个" } },
                { "level1": "产出指标", "level2": "质量指标", "name": "平台验收合格率", "target": { "text": "≥95%" } },
                { "level1": "产出指标", "level2": "时效指标", "name": "平台上线时间", "target": { "text": "2022年12月31日前" } },
                { "level1": "产出指标", "level2": "成本指标", "name": "平台建设成本", "target": { "text": "≤80万元" } },
                { "level1": "效益指标", "level2": "社会效益指标", "name": "接入共享平台的部门数", "target": { "text": "≥30个" } },
                { "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "使用部门满意度", "target": { "text": "≥90%" } }
              ]
            }
            """)!.AsObject();
        if (projectTypes.Length > 0)
            json["projectTypes"] = new JsonArray([.. projectTypes.Select(t => (JsonNode)JsonValue.Create(t))]);
        return json;
    }
}
