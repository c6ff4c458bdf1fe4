namespace Jixiao.Interchange.Excel.Reading;

/// Counts the bytes inflated from one zip entry and stops when the entry or the whole workbook grows past its
/// limit: the zip directory's sizes are checked first, this catches a directory that lies.
internal sealed class CountingStream(Stream inner, long partLimit, Func<long, bool> addToTotal, Action<string> refuse, string partName) : Stream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int n)
    {
        _read += n;
        if (_read > partLimit || !addToTotal(n)) refuse(partName);
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
