using System.Text.Json;
using Jixiao.Domain.Review;

namespace Jixiao.Web.Declarations;

/// What the declaration list accepts in its address, read leniently: a value the list cannot use is ignored rather
/// than turned into an error page.
public static class ListQueries
{
    public static IReadOnlyList<int> PageSizes { get; } = [10, 20, 50, 100];

    private static readonly string[] SortFields = ["projectName", "department", "year", "updatedAt"];

    /// The API's name of a status or stage (inReview, competentDepartment).
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static DeclarationStatus? ParseStatus(string? text) =>
        Enum.GetValues<DeclarationStatus>().Select(s => (DeclarationStatus?)s).FirstOrDefault(s => Name(s!.Value) == text);

    public static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    public static bool IsSort(string? sort) => sort is not null && SortFields.Contains(sort.TrimStart('-'));

    /// The page numbers to link: the first, the last, and two on each side of the current one; 0 marks a gap.
    public static IEnumerable<int> PageWindow(int current, int pages)
    {
        var shown = Enumerable.Range(1, pages).Where(p => p == 1 || p == pages || Math.Abs(p - current) <= 2).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1) yield return 0;
            yield return shown[i];
        }
    }
}
