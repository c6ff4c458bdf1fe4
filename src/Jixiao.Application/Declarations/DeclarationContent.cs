using System.Text.Json;
using Jixiao.Application.Access;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Interchange.Json;

namespace Jixiao.Application.Declarations;

/// A declaration's content as the server keeps it: the JSON of docs/json.md, always written by the same serializer
/// so that versions compare, diff and digest consistently.
public static class DeclarationContent
{
    /// Reads the JSON a client sent; anything that is not a declaration is bad input (400) with the reason.
    public static Declaration Parse(string json)
    {
        try
        {
            return DeclarationJson.Deserialize(json);
        }
        catch (JsonReadException e)
        {
            throw new BadInputException($"申报表 JSON 无法读取：{e.Message}");
        }
    }

    public static Declaration Parse(JsonElement json) => json.ValueKind == JsonValueKind.Object
        ? Parse(json.GetRawText())
        : throw new BadInputException("declaration 必须是 docs/json.md 所述的申报表 JSON 对象。");

    /// A stored version read for display: one parse of the text serves both the JSON sent back to the client and the
    /// declaration the findings are computed on (parsing it once for each, plus the syntax check a client's text gets,
    /// was most of the time of GET /api/declarations/{id}; see bench/README.md).
    public static (Declaration Declaration, JsonElement Json) ReadStored(string json)
    {
        try
        {
            // Not disposed on purpose: the element is written to the response after the use case returns. Its pooled
            // buffers are then left to the garbage collector, as a Clone() copy would be.
            var document = JsonDocument.Parse(json);
            var dto = document.RootElement.Deserialize<DeclarationDto>(DeclarationJson.Options)
                ?? throw new JsonReadException("", "JSON 顶层应为对象");
            return (dto.ToDomain(), document.RootElement);
        }
        catch (Exception e) when (e is JsonException or JsonReadException)
        {
            throw new BadInputException($"申报表 JSON 无法读取：{e.Message}");
        }
    }

    public static string ToJson(Declaration declaration) => DeclarationJson.Serialize(declaration);

    public static IReadOnlyList<Finding> Check(Declaration declaration) => DeclarationChecker.Run(declaration);

    public static string TypesText(Declaration declaration) =>
        string.Join(',', declaration.ProjectTypes.Select(ProjectTypeName));

    public static string ProjectTypeName(ProjectType type) => JsonNamingPolicy.CamelCase.ConvertName(type.ToString());
}
