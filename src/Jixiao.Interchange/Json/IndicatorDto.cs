using System.Text.Json.Serialization;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Json;

/// A level-3 indicator (三级指标) with its level 1 and level 2 and its target value (指标值). The optional columns
/// of other regions' forms are left out of the JSON when the form does not have them.
public sealed record IndicatorDto
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public string? Name { get; init; }
    public TargetDto? Target { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TargetDto? LongTermTarget { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Direction { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Operator { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Weight { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ValueBasis { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Explanation { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ScoringRule { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Remark { get; init; }

    public static IndicatorDto From(Indicator i) => new()
    {
        Level1 = i.Level1,
        Level2 = i.Level2,
        Name = i.Name,
        Target = TargetDto.From(i.Target),
        LongTermTarget = i.LongTermTarget is { } longTerm ? TargetDto.From(longTerm) : null,
        Unit = i.Unit,
        Direction = i.Direction is { } direction ? JsonNames.Of(direction) : null,
        Operator = i.Operator,
        Weight = i.Weight,
        ValueBasis = i.ValueBasis,
        Explanation = i.Explanation,
        ScoringRule = i.ScoringRule,
        Remark = i.Remark,
    };

    internal Indicator ToDomain(string path, MappingProblems problems)
    {
        var level2 = Level2 ?? "";
        return new Indicator
        {
            Level1 = Level1 ?? "",
            Level2 = level2,
            Name = Name ?? "",
            Target = Target?.ToDomain(JsonPath.Member(path, "target"), level2, Name ?? "", problems) ?? MissingTarget.Instance,
            LongTermTarget = LongTermTarget?.ToDomain(JsonPath.Member(path, "longTermTarget"), level2, Name ?? "", problems),
            Unit = Unit,
            Direction = DirectionToDomain(path, problems),
            Operator = Operator,
            Weight = Weight,
            ValueBasis = ValueBasis,
            Explanation = Explanation,
            ScoringRule = ScoringRule,
            Remark = Remark,
        };
    }

    private IndicatorDirection? DirectionToDomain(string path, MappingProblems problems)
    {
        if (Direction is null) return null;
        if (JsonNames.TryParse<IndicatorDirection>(Direction, out var direction)) return direction;
        problems.Report(JsonPath.Member(path, "direction"), $"指标性质「{Direction}」无法识别", "改为 positive（正向）或 reverse（反向）");
        return null;
    }
}
