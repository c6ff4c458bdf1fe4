using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Json;

/// The declaration as JSON (docs/json.md): what `jixiao import --json` prints and the server sends and takes back.
/// The server reuses <see cref="Options"/> (or <see cref="ApplyTo"/> on its own options) with
/// <see cref="DeclarationDto.From"/> and <see cref="DeclarationDto.ToDomain()"/>.
public static class DeclarationJson
{
    /// camelCase, indented, Chinese written as is; lenient on reading (any case, comments, trailing commas).
    /// Read-only: copy it (new JsonSerializerOptions(Options)) to change anything.
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static void ApplyTo(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.WriteIndented = true;
        // Without it every Chinese character is written as \uXXXX. The relaxed encoder leaves HTML-sensitive
        // characters (<, &, ') unescaped too, which is safe because this JSON is printed or served as
        // application/json, never pasted into an HTML page.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.AllowTrailingCommas = true;
        options.ReadCommentHandling = JsonCommentHandling.Skip;
    }

    public static string Serialize(Declaration declaration) =>
        JsonSerializer.Serialize(DeclarationDto.From(declaration), Options);

    /// Strict: malformed JSON, a member of the wrong type or a value that means nothing throws <see cref="JsonReadException"/>,
    /// whose message names the path ("indicators[3].target: 应为对象").
    public static Declaration Deserialize(string json) => JsonInput.Parse<DeclarationDto>(json).ToDomain();

    /// Reads a declaration file's JSON the way the other readers read theirs: malformed JSON or a member of the wrong
    /// type throws <see cref="FormReadException"/>; a value that means nothing becomes an error finding (INVALID_JSON_VALUE);
    /// the source map gives the line of every member.
    public static ReadResult Read(string json, string fileName)
    {
        DeclarationDto dto;
        try
        {
            dto = JsonInput.Parse<DeclarationDto>(json);
        }
        catch (JsonReadException ex)
        {
            throw new FormReadException(fileName, ex.Message, ex);
        }
        var declaration = dto.ToDomain(out var findings);
        var sources = JsonLineMap.Build(json);
        return new ReadResult(declaration, findings.WithSources(sources), sources);
    }

    /// <see cref="Read"/> for a file: a missing, unreadable or non-UTF-8 file throws <see cref="FormReadException"/>
    /// naming <paramref name="path"/> as given.
    public static ReadResult ReadFile(string path) => Read(ReadText(path), path);

    /// True for the files <see cref="ReadFile"/> is for.
    public static bool IsJsonFile(string path) => Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);

    private static string ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FormReadException(path, "文件不存在", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FormReadException(path, $"无法打开文件（{ex.Message}）", ex);
        }

        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith(Encoding.UTF8.Preamble)) content = content[Encoding.UTF8.Preamble.Length..];
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormReadException(path, "不是 UTF-8 编码的文本，JSON 文件应为 UTF-8", ex);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        ApplyTo(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
