using System.Text.Json;
using Jixiao.Cli.Commands;
using Jixiao.Interchange.Json;

namespace Jixiao.Cli.Output;

/// `check --json`: one file gives the findings array of docs/json.md; several files (or a folder) give one
/// { file, error, findings } object per file, so that a script can tell which file each finding is about.
internal static class CheckJson
{
    private sealed record CheckedFileDto(string File, string? Error, IReadOnlyList<FindingDto> Findings);

    public static string One(FileCheck check) => FindingJson.Serialize(check.Findings);

    public static string Several(IEnumerable<FileCheck> checks) => JsonSerializer.Serialize(
        checks.Select(c => new CheckedFileDto(c.Path, c.Problem, [.. c.Findings.Select(FindingDto.From)])).ToList(),
        DeclarationJson.Options);
}
