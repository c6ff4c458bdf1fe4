using Jixiao.Application.Seals;

namespace Jixiao.Application.Tests.Seals;

public class SealKeysTests
{
    [Fact]
    public void Generate_PublicKey_IsAnUncompressedPointInHex()
    {
        var keys = SealKeys.Generate();

        Assert.Matches("^04[0-9a-f]{128}$", keys.PublicKeyHex);
        Assert.Equal(32, keys.PrivateKey.Length);
        Assert.NotEqual(keys.PublicKeyHex, SealKeys.Generate().PublicKeyHex);
    }

    [Fact]
    public void Fingerprint_IsFirst16HexOfSm3OfThePublicKey()
    {
        var keys = SealKeys.Generate();

        Assert.Equal(Sm3.DigestHex(Convert.FromHexString(keys.PublicKeyHex))[..16], keys.Fingerprint);
    }

    [Fact]
    public void PublicKeyOf_StoredEncryptedKey_GivesTheGeneratedPublicKey()
    {
        var vault = new KeyVault(MasterKey.Generate());
        var keys = SealKeys.Generate();

        Assert.Equal(keys.PublicKeyHex, SealKeys.PublicKeyOf(vault.Encrypt(keys.PrivateKey), vault));
    }

    [Fact]
    public void ToString_DoesNotShowThePrivateKey()
    {
        var keys = SealKeys.Generate();

        Assert.DoesNotContain(Hex.Of(keys.PrivateKey), keys.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(keys.PublicKeyHex, keys.ToString(), StringComparison.Ordinal);
    }
}
