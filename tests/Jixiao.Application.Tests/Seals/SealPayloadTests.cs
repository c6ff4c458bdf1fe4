using System.Buffers.Binary;
using System.Text;
using Jixiao.Application.Seals;
using Jixiao.Domain.Review;

namespace Jixiao.Application.Tests.Seals;

public class SealPayloadTests
{
    [Fact]
    public void CanonicalBytes_ReadBackFieldByField_GiveTheDocumentedSequence()
    {
        var payload = Payloads.Approval();

        var fields = Decode(payload.CanonicalBytes());

        Assert.Equal(
        [
            "jixiao-seal/1", payload.ContentDigest, "5f0c7d1e-8a4b-4c61-9d2e-0b7a3f6c1e42", "3", "performanceEvaluation",
            "approve", "优", "绩效目标明确，指标细化量化，同意。", "perf", "绩效评价科审核员", "section-perf",
            "2022-03-01T02:03:04.567Z", "1", "indicators[2].target", "请补充时效指标",
        ], fields);
    }

    [Fact]
    public void CanonicalBytes_SamePayload_SameBytes() =>
        Assert.Equal(Payloads.Approval().CanonicalBytes(), Payloads.Approval().CanonicalBytes());

    [Fact]
    public void CanonicalBytes_FieldBoundaryShifted_Differ()
    {
        var first = Payloads.Approval() with { ReviewerUserName = "ab", ReviewerDisplayName = "c" };
        var second = Payloads.Approval() with { ReviewerUserName = "a", ReviewerDisplayName = "bc" };

        Assert.NotEqual(first.CanonicalBytes(), second.CanonicalBytes());
    }

    [Fact]
    public void CanonicalBytes_CommentBoundaryShifted_Differ()
    {
        var first = Payloads.Approval() with { Comments = [new SealComment("ab", "c")] };
        var second = Payloads.Approval() with { Comments = [new SealComment("a", "bc")] };

        Assert.NotEqual(first.CanonicalBytes(), second.CanonicalBytes());
    }

    [Fact]
    public void CanonicalBytes_ValueThatLooksLikeAnEncodedField_CannotPoseAsTwoFields()
    {
        // Forge: the display name carries what would be "length 1, 'c'" of a following field.
        var forged = Encoding.UTF8.GetString([(byte)'b', 0, 0, 0, 1, (byte)'c']);
        var honest = Payloads.Approval() with { Opinion = "b", ReviewerUserName = "c" };
        var attack = Payloads.Approval() with { Opinion = forged, ReviewerUserName = "c" };

        Assert.NotEqual(honest.CanonicalBytes(), attack.CanonicalBytes());
    }

    [Fact]
    public void CanonicalBytes_NullAndEmptyOpinion_Differ() =>
        Assert.NotEqual((Payloads.Approval() with { Opinion = null }).CanonicalBytes(),
                        (Payloads.Approval() with { Opinion = "" }).CanonicalBytes());

    [Fact]
    public void CanonicalBytes_SameInstantInAnotherOffset_SameBytes()
    {
        var beijing = Payloads.Approval();
        var utc = beijing with { At = beijing.At.ToUniversalTime() };

        Assert.Equal(beijing.CanonicalBytes(), utc.CanonicalBytes());
    }

    [Fact]
    public void CanonicalTime_SubMillisecondTicks_AreCutNotRounded()
    {
        var at = new DateTimeOffset(2022, 12, 31, 23, 59, 59, 999, TimeSpan.Zero).AddTicks(9999);

        Assert.Equal("2022-12-31T23:59:59.999Z", CanonicalTime.Format(at));
        Assert.Equal(new DateTimeOffset(2022, 12, 31, 23, 59, 59, 999, TimeSpan.Zero), CanonicalTime.Truncate(at));
        Assert.Equal(TimeSpan.Zero, CanonicalTime.Truncate(at.ToOffset(TimeSpan.FromHours(8))).Offset);
    }

    [Theory]
    [InlineData(ReviewStage.CompetentDepartment, "competentDepartment")]
    [InlineData(ReviewStage.FinanceBusiness, "financeBusiness")]
    [InlineData(ReviewStage.PerformanceEvaluation, "performanceEvaluation")]
    [InlineData(ReviewStage.DebtFinance, "debtFinance")]
    [InlineData(ReviewStage.ProcurementSupervision, "procurementSupervision")]
    public void CanonicalBytes_Stage_IsItsApiName(ReviewStage stage, string name) =>
        Assert.Equal(name, Decode((Payloads.Approval() with { Stage = stage }).CanonicalBytes())[4]);

    [Fact]
    public void CanonicalBytes_LoneSurrogate_IsRefusedNotReplaced() =>
        Assert.Throws<EncoderFallbackException>(() => (Payloads.Approval() with { Opinion = "\uD800" }).CanonicalBytes());

    /// An independent reader of the documented format: 4-byte big-endian length, then UTF-8; 0xFFFFFFFF is null.
    private static List<string?> Decode(byte[] bytes)
    {
        var fields = new List<string?>();
        var position = 0;
        while (position < bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(position));
            position += 4;
            if (length == uint.MaxValue)
            {
                fields.Add(null);
                continue;
            }
            fields.Add(Encoding.UTF8.GetString(bytes, position, (int)length));
            position += (int)length;
        }
        Assert.Equal(bytes.Length, position);
        return fields;
    }
}
