using Jixiao.Domain.Review;

namespace Jixiao.Interchange.Excel;

/// Choices for <see cref="DeclarationWorkbook.Write"/> that are not part of the declaration itself.
public sealed record ExportOptions
{
    public static readonly ExportOptions Default = new();

    /// Seal text (电子签章) printed in a review box under its reviewer, e.g. "已签章 · 绩效评价科 · SM2 指纹 3F9A…".
    /// The server passes the seals of signed steps; a box without an entry prints no seal line.
    public IReadOnlyDictionary<ReviewBoxKind, string> Seals { get; init; } = new Dictionary<ReviewBoxKind, string>();
}
