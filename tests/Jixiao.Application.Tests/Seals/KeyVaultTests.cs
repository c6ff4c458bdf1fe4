using System.Security.Cryptography;
using Jixiao.Application.Seals;

namespace Jixiao.Application.Tests.Seals;

public class KeyVaultTests
{
    private static readonly byte[] Secret = Convert.FromHexString("0123456789abcdeffedcba98765432100123456789abcdeffedcba9876543210");

    [Fact]
    public void Decrypt_WhatItEncrypted_GivesItBack()
    {
        var vault = new KeyVault(MasterKey.Generate());

        var stored = vault.Encrypt(Secret);

        Assert.Equal(Secret, vault.Decrypt(stored));
        Assert.DoesNotContain(Convert.ToBase64String(Secret), stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_WithTheSameMasterKeyLoadedAgain_GivesItBack()
    {
        var key = MasterKey.Generate();
        var stored = new KeyVault(key).Encrypt(Secret);

        Assert.Equal(Secret, new KeyVault(MasterKey.FromBase64(key.ToBase64())).Decrypt(stored));
    }

    [Fact]
    public void Encrypt_Twice_GivesDifferentTexts()
    {
        var vault = new KeyVault(MasterKey.Generate());

        Assert.NotEqual(vault.Encrypt(Secret), vault.Encrypt(Secret));
    }

    [Fact]
    public void Decrypt_WithAnotherMasterKey_ThrowsNamingTheMasterKey()
    {
        var stored = new KeyVault(MasterKey.Generate()).Encrypt(Secret);

        var error = Assert.Throws<CryptographicException>(() => new KeyVault(MasterKey.Generate()).Decrypt(stored));

        Assert.Contains("主密钥", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]    // version
    [InlineData(2)]    // master-key check
    [InlineData(8)]    // nonce
    [InlineData(20)]   // ciphertext
    [InlineData(40)]   // ciphertext
    [InlineData(-1)]   // tag
    public void Decrypt_AnyByteChanged_Throws(int index)
    {
        var vault = new KeyVault(MasterKey.Generate());
        var bytes = Convert.FromBase64String(vault.Encrypt(Secret));
        bytes[index < 0 ? bytes.Length + index : index] ^= 0x01;

        Assert.Throws<CryptographicException>(() => vault.Decrypt(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Decrypt_CiphertextChanged_SaysTampered()
    {
        var vault = new KeyVault(MasterKey.Generate());
        var bytes = Convert.FromBase64String(vault.Encrypt(Secret));
        bytes[25] ^= 0x80;

        var error = Assert.Throws<CryptographicException>(() => vault.Decrypt(Convert.ToBase64String(bytes)));

        Assert.Contains("改动", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("不是密文")]
    [InlineData("AQIDBA==")]
    public void Decrypt_NotAStoredKey_Throws(string stored) =>
        Assert.Throws<CryptographicException>(() => new KeyVault(MasterKey.Generate()).Decrypt(stored));

    [Fact]
    public void Decrypt_Truncated_Throws()
    {
        var vault = new KeyVault(MasterKey.Generate());
        var bytes = Convert.FromBase64String(vault.Encrypt(Secret));

        Assert.Throws<CryptographicException>(() => vault.Decrypt(Convert.ToBase64String(bytes[..^1])));
    }
}
