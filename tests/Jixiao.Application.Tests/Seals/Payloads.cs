using Jixiao.Application.Seals;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Tests.Seals;

/// A complete, valid payload; each test changes only what it is about.
internal static class Payloads
{
    public static SealPayload Approval() => new()
    {
        ContentDigest = ContentDigest.Of("{\"projectName\":\"南昌市大数据产业发展专项资金\",\"total\":500.00}"),
        DeclarationId = "5f0c7d1e-8a4b-4c61-9d2e-0b7a3f6c1e42",
        Version = 3,
        Stage = ReviewStage.PerformanceEvaluation,
        Decision = "approve",
        Grade = "优",
        Opinion = "绩效目标明确，指标细化量化，同意。",
        Comments = [new SealComment("indicators[2].target", "请补充时效指标")],
        ReviewerUserName = "perf",
        ReviewerDisplayName = "绩效评价科审核员",
        SectionId = "section-perf",
        At = new DateTimeOffset(2022, 3, 1, 10, 3, 4, 567, TimeSpan.FromHours(8)),
    };
}
