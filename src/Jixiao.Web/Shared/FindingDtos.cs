using Jixiao.Domain.Checks;
using Jixiao.Interchange.Json;

namespace Jixiao.Web.Shared;

public static class FindingDtos
{
    /// Findings as docs/json.md writes them ({code, severity, location, message, suggestion, fix, line, cell}): the
    /// same type the UI's client and the command line read them with.
    public static IReadOnlyList<FindingDto> AsDto(this IEnumerable<Finding> findings) => [.. findings.Select(FindingDto.From)];
}
