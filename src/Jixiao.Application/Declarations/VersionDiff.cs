using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Application.Access;
using Jixiao.Data;

namespace Jixiao.Application.Declarations;

/// What changed between two versions of a declaration, value by value, with locations in the path style of
/// docs/json.md (projectName, budget.total, indicators[12].target.text).
public sealed class VersionDiff(JixiaoDbContext db)
{
    public sealed record Change(string Location, JsonNode? Before, JsonNode? After);

    public sealed record Diff(Guid Id, int From, int To, IReadOnlyList<Change> Changes);

    public async Task<Diff> RunAsync(Caller caller, Guid id, int from, int to, CancellationToken ct)
    {
        await db.LoadVisibleAsync(caller, id, ct);
        var before = Flatten(JsonNode.Parse((await db.VersionAsync(id, from, ct)).Content));
        var after = Flatten(JsonNode.Parse((await db.VersionAsync(id, to, ct)).Content));

        var changes = before.Keys.Union(after.Keys)
            .Where(k => !JsonNode.DeepEquals(before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Select(k => new Change(k, before.GetValueOrDefault(k)?.DeepClone(), after.GetValueOrDefault(k)?.DeepClone()))
            .ToList();
        return new Diff(id, from, to, changes);
    }

    /// Every leaf value by its path, in document order.
    private static Dictionary<string, JsonNode?> Flatten(JsonNode? root)
    {
        var leaves = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        Walk(root, "", leaves);
        return leaves;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, JsonNode?> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj) Walk(child, path.Length == 0 ? name : $"{path}.{name}", leaves);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", leaves);
                if (array.Count == 0) leaves[path] = new JsonArray();
                break;
            default:
                if (node is null || node.GetValueKind() != JsonValueKind.Null) leaves[path] = node;
                break;
        }
    }
}
