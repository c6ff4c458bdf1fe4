using Jixiao.Application.Seals;

namespace Jixiao.Application.Tests.Seals;

public sealed class MasterKeyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("jixiao-masterkey-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void LoadOrCreate_NoFile_CreatesItOnceThenReadsTheSameKey()
    {
        var path = Path.Combine(_directory, "jixiao.masterkey");

        var created = MasterKey.LoadOrCreate(path);
        var written = File.ReadAllText(path);
        var loaded = MasterKey.LoadOrCreate(path);

        Assert.Equal(created.ToBase64(), loaded.ToBase64());
        Assert.Equal(written, File.ReadAllText(path));
        Assert.Equal(created.ToBase64(), written.Trim());
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public void LoadOrCreate_NewFile_IsReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
            return; // no Unix permissions to check there; CI runs on Linux
        var path = Path.Combine(_directory, "jixiao.masterkey");

        MasterKey.LoadOrCreate(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void LoadOrCreate_SecondStart_DecryptsWhatTheFirstEncrypted()
    {
        var path = Path.Combine(_directory, "jixiao.masterkey");
        var stored = new KeyVault(MasterKey.LoadOrCreate(path)).Encrypt([1, 2, 3]);

        Assert.Equal([1, 2, 3], new KeyVault(MasterKey.LoadOrCreate(path)).Decrypt(stored));
    }

    [Fact]
    public void LoadOrCreate_DamagedFile_ThrowsNamingTheFile()
    {
        var path = Path.Combine(_directory, "jixiao.masterkey");
        File.WriteAllText(path, "not a key");

        var error = Assert.Throws<FormatException>(() => MasterKey.LoadOrCreate(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal("not a key", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("AAECAwQFBgcICQoLDA0O")]          // 15 bytes
    [InlineData("AAECAwQFBgcICQoLDA0ODxA=")]      // 17 bytes
    [InlineData("不是密钥")]
    public void FromBase64_NotSixteenBytes_Throws(string text) =>
        Assert.Throws<FormatException>(() => MasterKey.FromBase64(text));

    [Fact]
    public void FromBase64_SixteenBytes_RoundTrips() =>
        Assert.Equal("AAECAwQFBgcICQoLDA0ODw==", MasterKey.FromBase64(" AAECAwQFBgcICQoLDA0ODw==\n").ToBase64());

    [Fact]
    public void Resolve_Configured_UsesItAndCreatesNoFile()
    {
        var path = Path.Combine(_directory, "jixiao.masterkey");

        var key = MasterKey.Resolve("AAECAwQFBgcICQoLDA0ODw==", path);

        Assert.Equal("AAECAwQFBgcICQoLDA0ODw==", key.ToBase64());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Resolve_NotConfigured_UsesTheFile()
    {
        var path = Path.Combine(_directory, "jixiao.masterkey");

        var key = MasterKey.Resolve(null, path);

        Assert.Equal(File.ReadAllText(path).Trim(), key.ToBase64());
    }

    [Fact]
    public void ToString_DoesNotShowTheKey()
    {
        var key = MasterKey.Generate();

        Assert.DoesNotContain(key.ToBase64(), key.ToString(), StringComparison.Ordinal);
    }
}
