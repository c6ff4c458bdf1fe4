using Jixiao.Application.Declarations;
using Jixiao.Domain.Review;
using Jixiao.Interchange.Json;
using Jixiao.Web.Review;
using Jixiao.Web.Shared.Api;
using Jixiao.Web.Shared.Ui;

namespace Jixiao.Web.Declarations;

/// The rows of the official layout (the Nanchang form) that the print view draws: fund sources with their printed
/// numbering, indicators with their level-1 and level-2 cells merged, and the review boxes filled from the steps.
public static class PrintedForm
{
    public sealed record FundRow(string Label, int Depth, decimal? PriorYear, decimal? CurrentYear);

    /// An indicator with how many rows its level-1 and level-2 cells span (0 where a cell above already covers it).
    public sealed record IndicatorRow(IndicatorDto Indicator, int Level1Span, int Level2Span);

    /// A review box as printed: opinion, reviewer and date, and whether its seal verifies (null without a seal).
    public sealed record Box(string Label, string? Opinion, string? Reviewer, DateOnly? Date, bool? Sealed);

    private static readonly string[] GroupNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// 合计, then (一) 财政拨款 with 其中：1. 上级财政拨款, 2. …, as the form numbers them.
    public static IReadOnlyList<FundRow> FundRows(DeclarationDto declaration)
    {
        var rows = new List<FundRow>();
        void Add(FundSourceDto? row, int depth, int index)
        {
            if (row is null) return;
            var label = depth switch
            {
                0 => row.Name ?? "",
                1 => $"（{(index < GroupNumbers.Length ? GroupNumbers[index] : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}）{row.Name}",
                _ => $"{(index == 0 ? "其中：" : "")}{index + 1}. {row.Name}",
            };
            rows.Add(new FundRow(label, Math.Min(depth, 2), row.PriorYear, row.CurrentYear));
            var children = row.Children ?? [];
            for (var i = 0; i < children.Count; i++) Add(children[i], depth + 1, i);
        }
        var roots = declaration.FundSources ?? [];
        for (var i = 0; i < roots.Count; i++) Add(roots[i], 0, i);
        return rows;
    }

    public static IReadOnlyList<IndicatorRow> IndicatorRows(DeclarationDto declaration)
    {
        var indicators = (declaration.Indicators ?? []).OfType<IndicatorDto>().ToList();
        var rows = new List<IndicatorRow>(indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            var current = indicators[i];
            var startsLevel1 = i == 0 || indicators[i - 1].Level1 != current.Level1;
            var startsLevel2 = startsLevel1 || indicators[i - 1].Level2 != current.Level2;
            var level1Span = startsLevel1 ? indicators.Skip(i).TakeWhile(x => x.Level1 == current.Level1).Count() : 0;
            var level2Span = startsLevel2 ? indicators.Skip(i).TakeWhile(x => x.Level1 == current.Level1 && x.Level2 == current.Level2).Count() : 0;
            rows.Add(new IndicatorRow(current, level1Span, level2Span));
        }
        return rows;
    }

    /// The form's own boxes (the Nanchang four when it has none), each filled by the latest round's step at the stage
    /// that box belongs to; a box no step reached keeps what the imported form wrote in it.
    public static IReadOnlyList<Box> ReviewBoxes(DeclarationView view, IReadOnlyList<DeclarationHistory.StepEntry> steps,
        IReadOnlyList<ReviewEndpoints.SealCheck> seals)
    {
        var printed = view.Declaration.Reviews is { Count: > 0 } reviews
            ? [.. reviews.OfType<ReviewBoxDto>()]
            : ReviewBox.NanchangBoxes().Select(ReviewBoxDto.From).ToList();
        var latestRound = steps.Count == 0 ? 0 : steps.Max(s => s.Round);
        var used = new HashSet<DeclarationHistory.StepEntry>();
        var goesToCounterpart = view.Route.Any(r => ReviewBox.For(r.Stage) == ReviewBoxKind.CounterpartSection);
        return [.. printed.Select(box =>
        {
            var step = steps.Where(s => s.Round == latestRound && !used.Contains(s) && ListQueries.Name(ReviewBox.For(s.Stage)) == box.Stage)
                .MaxBy(s => s.Time);
            if (step is null)
            {
                var notApplicable = box.Stage == ListQueries.Name(ReviewBoxKind.CounterpartSection) && !goesToCounterpart && box.Opinion is null;
                return new Box(box.Label ?? "", notApplicable ? "本项目不经归口科室审核。" : box.Opinion, box.Reviewer, box.Date, null);
            }
            used.Add(step);
            var sealValid = seals.Where(s => s.Round == step.Round && s.Stage == step.Stage).Select(s => (bool?)s.Valid).FirstOrDefault();
            var opinion = $"{Zh.Decision(step.Decision)}{(step.Grade is { } g ? $"，评级「{g}」" : "")}。{step.Opinion}";
            return new Box(box.Label ?? "", opinion, step.ReviewerName, Zh.BeijingDate(step.Time), sealValid);
        })];
    }
}
