// TEMPORARY (server branch): stands in for Jixiao.Interchange.Json.DeclarationJson until branch cli-json is merged
// into main; delete this file then (the duplicate type name makes the build say so).
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Domain;
using Jixiao.Domain.Budget;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Json;

public static class DeclarationJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static string Serialize(Declaration d)
    {
        var o = new JsonObject
        {
            ["title"] = d.Title, ["year"] = d.Year, ["region"] = d.Region, ["projectName"] = d.ProjectName,
            ["department"] = d.Department, ["budgetCode"] = d.BudgetCode,
            ["projectTypes"] = new JsonArray([.. d.ProjectTypes.Select(t => (JsonNode)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(t.ToString())))]),
            ["budget"] = new JsonObject { ["total"] = d.Budget.Total?.Value, ["currentYear"] = d.Budget.CurrentYear?.Value, ["carryOver"] = d.Budget.CarryOver?.Value },
            ["indicators"] = new JsonArray([.. d.Indicators.Select(i => (JsonNode)new JsonObject
            {
                ["level1"] = i.Level1, ["level2"] = i.Level2, ["name"] = i.Name,
                ["target"] = new JsonObject { ["text"] = i.Target.ToString(), ["kind"] = JsonNamingPolicy.CamelCase.ConvertName(i.Target.Kind.ToString()) },
            })]),
        };
        return o.ToJsonString();
    }

    public static Declaration Deserialize(string json)
    {
        var o = JsonNode.Parse(json)?.AsObject() ?? throw new JsonException("not an object");
        return new Declaration
        {
            Title = (string?)o["title"], Year = (int?)o["year"], Region = (string?)o["region"],
            ProjectName = (string?)o["projectName"], Department = (string?)o["department"], BudgetCode = (string?)o["budgetCode"],
            ProjectTypes = (o["projectTypes"]?.AsArray() ?? []).Select(t => Enum.Parse<ProjectType>((string)t!, ignoreCase: true)).ToValueList(),
            Budget = o["budget"] is JsonObject b
                ? new BudgetSummary { Total = Money(b["total"]), CurrentYear = Money(b["currentYear"]), CarryOver = Money(b["carryOver"]) }
                : BudgetSummary.Empty,
            Indicators = (o["indicators"]?.AsArray() ?? []).Select(n => new Indicator
            {
                Level1 = (string?)n!["level1"] ?? "", Level2 = (string?)n["level2"] ?? "", Name = (string?)n["name"] ?? "",
                Target = TargetValue.Parse((string?)n["target"]?["text"]),
            }).ToValueList(),
        };
    }

    private static WanYuan? Money(JsonNode? n) => n is null ? null : new WanYuan((decimal)n);
}
