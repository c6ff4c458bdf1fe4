using System.Text.Json;
using Jixiao.Domain.Declarations;
using Jixiao.Interchange.Json;

namespace Jixiao.Interchange.Tests.Json;

public class DeclarationJsonRoundTripTests
{
    [Fact]
    public void RoundTrip_EveryTargetKindBuiltInCode_GivesEqualDeclaration()
    {
        var d = TypedDeclarations.EveryKind();

        Assert.Equal(d, DeclarationJson.Deserialize(DeclarationJson.Serialize(d)));
    }

    [Fact]
    public void RoundTrip_BlankDeclaration_GivesEqualDeclaration()
    {
        var d = new Declaration();

        Assert.Equal(d, DeclarationJson.Deserialize(DeclarationJson.Serialize(d)));
    }

    [Fact]
    public void RoundTrip_SeedReadFromFile_GivesEqualDeclarationAndSameJson()
    {
        var d = DeclarationJson.ReadFile(TypedDeclarations.SeedJson).Declaration;

        var json = DeclarationJson.Serialize(d);
        var again = DeclarationJson.Deserialize(json);

        Assert.Equal(d, again);
        Assert.Equal(json, DeclarationJson.Serialize(again));
    }

    [Fact]
    public void RoundTrip_ChangedIndicator_IsNotEqual()
    {
        // Guards the round-trip tests above: equality must see a change deep in the indicator list.
        var d = TypedDeclarations.EveryKind();
        var changed = d with { Indicators = [.. d.Indicators.Take(d.Indicators.Count - 1), d.Indicators[^1] with { Weight = 11m }] };

        Assert.NotEqual(d, DeclarationJson.Deserialize(DeclarationJson.Serialize(changed)));
    }

    [Fact]
    public void Options_ReusedByAHostWithTheDtos_ReadTheSameDeclaration()
    {
        // What the server does: its JSON layer deserializes the DTO with these options, then maps it.
        var json = DeclarationJson.Serialize(TypedDeclarations.EveryKind());

        var dto = JsonSerializer.Deserialize<DeclarationDto>(json, new JsonSerializerOptions(DeclarationJson.Options));

        Assert.True(DeclarationJson.Options.IsReadOnly);
        Assert.Equal(TypedDeclarations.EveryKind(), dto!.ToDomain());
        Assert.Equal(json, JsonSerializer.Serialize(DeclarationDto.From(dto.ToDomain()), DeclarationJson.Options));
    }

    [Fact]
    public void ApplyTo_HostOptions_WriteTheSameJson()
    {
        var options = new JsonSerializerOptions();
        DeclarationJson.ApplyTo(options);
        var d = TypedDeclarations.EveryKind();

        Assert.Equal(DeclarationJson.Serialize(d), JsonSerializer.Serialize(DeclarationDto.From(d), options));
    }
}
