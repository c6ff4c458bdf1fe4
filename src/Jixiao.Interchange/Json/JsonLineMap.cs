using System.Text;
using System.Text.Json;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Json;

/// Where each member of a JSON declaration sits in its file. A JSON path is also a location of the model
/// ("indicators[3].target"), so a finding about a member can name its line, as it does for a text form.
internal static class JsonLineMap
{
    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
    }

    /// Expects JSON that has already parsed; stops quietly at anything it cannot read.
    public static SourceMap Build(string json)
    {
        var map = new SourceMap();
        var utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var open = new Stack<Container>();
        var line = 1;
        var counted = 0;
        string? member = null;
        var memberLine = 0;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                line += utf8.AsSpan(counted, start - counted).Count((byte)'\n');
                counted = start;

                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    // Names are matched as the serializer matches them: camelCase, whatever the file's spelling.
                    member = JsonNamingPolicy.CamelCase.ConvertName(reader.GetString() ?? "");
                    memberLine = line;
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    open.TryPop(out _);
                    continue;
                }

                // A value: a member of an object (on the line of its name) or an element of an array.
                var path = "";
                var valueLine = line;
                if (open.TryPeek(out var parent))
                {
                    path = parent.IsArray ? JsonPath.Item(parent.Path, parent.NextIndex++) : JsonPath.Member(parent.Path, member ?? "");
                    if (!parent.IsArray) valueLine = memberLine;
                    map.Add(path, new SourceRef(Line: valueLine));
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    open.Push(new Container(path, reader.TokenType == JsonTokenType.StartArray));
            }
        }
        catch (JsonException)
        {
            // Lines are a convenience: a map of what could be read is better than none.
        }
        return map;
    }
}
