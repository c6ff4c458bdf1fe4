using System.Text.Json;
using Jixiao.Domain.Checks;

namespace Jixiao.Interchange.Json;

/// Findings as the JSON array of docs/json.md, "Findings": what `jixiao check --json` prints and the server returns
/// under `findings`. Same options as <see cref="DeclarationJson"/>.
public static class FindingJson
{
    public static string Serialize(IEnumerable<Finding> findings) =>
        JsonSerializer.Serialize(findings.Select(FindingDto.From).ToList(), DeclarationJson.Options);

    /// Throws <see cref="JsonReadException"/> for malformed JSON, a member of the wrong type or an unknown severity.
    public static IReadOnlyList<Finding> Deserialize(string json) =>
        [.. DeclarationDto.Map(JsonInput.Parse<List<FindingDto?>>(json), "", (dto, path) => dto.ToDomain(path))];
}
