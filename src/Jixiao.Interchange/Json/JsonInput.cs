using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Jixiao.Interchange.Json;

/// Turns JSON text into DTOs, and System.Text.Json's English exceptions into <see cref="JsonReadException"/>s that a
/// filer can act on: "不是合法的 JSON（第 3 行附近）" or "indicators[3].target: 应为对象（第 12 行）".
internal static partial class JsonInput
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static T Parse<T>(string json) where T : class
    {
        if (string.IsNullOrWhiteSpace(json)) throw new JsonReadException("", "内容为空，不是 JSON");

        // Syntax first, on its own: a syntax error then never reads as a wrong type, and carries its line.
        try
        {
            using var _ = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new JsonReadException("", $"不是合法的 JSON（{LineText(ex.LineNumber)}附近：检查逗号、引号和括号是否成对）", ex);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, DeclarationJson.Options)
                ?? throw new JsonReadException("", "JSON 顶层" + Expected(typeof(T)));
        }
        catch (JsonException ex)
        {
            var location = Location(ex.Path);
            var expected = Expected(TypeAt(typeof(T), location));
            var line = ex.LineNumber is null ? "" : $"（{LineText(ex.LineNumber)}）";
            throw location.Length == 0
                ? new JsonReadException("", $"JSON 顶层{expected}{line}", ex)
                : new JsonReadException(location, expected + line, ex);
        }
    }

    // System.Text.Json counts lines from 0.
    private static string LineText(long? zeroBasedLine) =>
        zeroBasedLine is { } l ? string.Create(CultureInfo.InvariantCulture, $"第 {l + 1} 行") : "";

    /// "$.indicators[3].target" → "indicators[3].target"; "$" → "".
    private static string Location(string? path) => (path ?? "$").TrimStart('$').TrimStart('.');

    /// The DTO member type the location names, found by walking the DTO types the way the serializer does
    /// (camelCase names, list elements), so the message can say what was expected there.
    private static Type? TypeAt(Type root, string location)
    {
        Type? type = root;
        foreach (Match segment in Segment().Matches(location))
        {
            if (type is null) return null;
            type = segment.Groups["index"].Success ? ElementType(type) : MemberType(type, segment.Groups["name"].Value);
        }
        return type;
    }

    private static Type? MemberType(Type type, string name) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => string.Equals(JsonNamingPolicy.CamelCase.ConvertName(p.Name), name, StringComparison.OrdinalIgnoreCase))
            ?.PropertyType;

    private static Type? ElementType(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private static string Expected(Type? type)
    {
        var t = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (t is null) return "的值无法读取";
        if (t == typeof(string)) return "应为字符串";
        if (t == typeof(int) || t == typeof(long)) return "应为整数";
        if (t == typeof(decimal) || t == typeof(double)) return "应为数字";
        if (t == typeof(bool)) return "应为 true 或 false";
        if (t == typeof(DateOnly)) return "应为日期（YYYY-MM-DD）";
        if (typeof(IEnumerable).IsAssignableFrom(t)) return "应为数组";
        return "应为对象";
    }

    [GeneratedRegex(@"\.?(?<name>[A-Za-z_][A-Za-z0-9_]*)|\['(?<name>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
