using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Jixiao.Application.Seals;

/// One text for all JSON documents that mean the same thing: object members sorted by name (ordinal, UTF-16 code
/// units, as RFC 8785 does), no whitespace, strings escaped by a fixed rule, numbers kept exactly as written.
/// A seal covers the declaration's content, not its layout: PostgreSQL jsonb reorders members and drops
/// whitespace, and a serializer upgrade may change its escaping; none of that may break a seal, while any change of
/// a value must. The string escaping is our own (only '"', '\' and control characters) rather than
/// System.Text.Json's encoder, whose set of escaped characters depends on the runtime's Unicode version.
internal static class CanonicalJson
{
    public static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        var text = new StringBuilder(json.Length);
        Write(document.RootElement, text);
        return text.ToString();
    }

    private static void Write(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, text);
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                        text.Append(',');
                    first = false;
                    Write(item, text);
                }
                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, text);
                break;
            case JsonValueKind.Number:
                // As written: 12.50 (万元) stays 12.50; converting through double would change or round it.
                text.Append(element.GetRawText());
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            default:
                throw new JsonException($"Unexpected JSON value kind {element.ValueKind}.");
        }
    }

    private static void WriteObject(JsonElement element, StringBuilder text)
    {
        var members = element.EnumerateObject().ToList();
        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        text.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            // A duplicate name makes the document mean different things to different readers; refuse to digest it.
            if (i > 0 && members[i].Name == members[i - 1].Name)
                throw new JsonException($"Duplicate JSON member \"{members[i].Name}\".");
            if (i > 0)
                text.Append(',');
            WriteString(members[i].Name, text);
            text.Append(':');
            Write(members[i].Value, text);
        }
        text.Append('}');
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }
        text.Append('"');
    }
}
