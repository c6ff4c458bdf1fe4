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

    public static string ToJson(Declaration declaration) => DeclarationJson.Serialize(declaration);

    public static IReadOnlyList<Finding> Check(Declaration declaration) => DeclarationChecker.Run(declaration);

    public static string TypesText(Declaration declaration) =>
        string.Join(',', declaration.ProjectTypes.Select(ProjectTypeName));

    public static string ProjectTypeName(ProjectType type) => JsonNamingPolicy.CamelCase.ConvertName(type.ToString());
}
