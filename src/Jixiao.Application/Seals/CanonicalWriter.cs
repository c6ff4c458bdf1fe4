using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Jixiao.Application.Seals;

/// Writes a fixed sequence of text fields as bytes that no two different sequences share.
/// Each field is a 4-byte big-endian length followed by that many bytes of UTF-8; a null field is the length
/// 0xFFFFFFFF with no bytes, so null and "" differ. Because a reader always knows where a field ends from its
/// length, and never searches for a delimiter, no field content can move a boundary: ("ab","c") and ("a","bc")
/// encode differently, and a value containing any byte at all cannot pose as two fields.
/// The first field is a format tag ("jixiao-seal/1", "jixiao-audit/1") so that bytes of one kind can never be
/// presented as the other, and a future format gets a new tag instead of silently changing old signatures.
internal sealed class CanonicalWriter
{
    private const uint NullLength = uint.MaxValue;

    // Strict: a lone surrogate throws instead of becoming U+FFFD, which would let two different strings encode alike.
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public CanonicalWriter(string formatTag) => Add(formatTag);

    public CanonicalWriter Add(string? value)
    {
        if (value is null)
        {
            WriteLength(NullLength);
            return this;
        }
        var length = StrictUtf8.GetByteCount(value);
        WriteLength((uint)length);
        StrictUtf8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
        return this;
    }

    public CanonicalWriter Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public CanonicalWriter Add(DateTimeOffset value) => Add(CanonicalTime.Format(value));

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    private void WriteLength(uint length)
    {
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.GetSpan(4), length);
        _buffer.Advance(4);
    }
}
