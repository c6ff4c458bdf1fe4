using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Jixiao.Application.Seals;

/// Encrypts the sections' private signing keys under the master key, with SM4 (GB/T 32907) in GCM mode: the
/// authentication tag makes a wrong master key or a changed byte fail loudly instead of yielding a wrong key.
/// Stored form, Base64 of: version (1) ‖ master-key check (4) ‖ nonce (12) ‖ ciphertext ‖ tag (16).
/// The check value (SM3 of a label and the key, first 4 bytes) tells "wrong master key" apart from "tampered";
/// the header is authenticated as associated data, so changing it is caught too.
public sealed class KeyVault(MasterKey masterKey)
{
    private const byte FormatVersion = 1;
    private const int CheckLength = 4;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int HeaderLength = 1 + CheckLength + NonceLength;

    private readonly byte[] _check = CheckValue(masterKey);

    public string Encrypt(ReadOnlySpan<byte> plaintext)
    {
        var output = new byte[HeaderLength + plaintext.Length + TagLength];
        output[0] = FormatVersion;
        _check.CopyTo(output, 1);
        RandomNumberGenerator.Fill(output.AsSpan(1 + CheckLength, NonceLength));

        var cipher = Cipher(forEncryption: true, output.AsSpan(0, HeaderLength));
        var written = cipher.ProcessBytes(plaintext, output.AsSpan(HeaderLength));
        cipher.DoFinal(output.AsSpan(HeaderLength + written));
        return Convert.ToBase64String(output);
    }

    /// Throws <see cref="CryptographicException"/> with a Chinese message when the text was not made by this
    /// vault's master key or was changed since.
    public byte[] Decrypt(string stored)
    {
        byte[] input;
        try
        {
            input = Convert.FromBase64String(stored);
        }
        catch (FormatException)
        {
            throw new CryptographicException("加密的私钥不是有效的 Base64 文本，可能已被改动。");
        }
        if (input.Length < HeaderLength + TagLength || input[0] != FormatVersion)
            throw new CryptographicException("加密的私钥格式不对，可能已被改动。");
        if (!CryptographicOperations.FixedTimeEquals(input.AsSpan(1, CheckLength), _check))
            throw new CryptographicException("加密私钥所用的主密钥与当前主密钥不同：请检查 Jixiao:MasterKey 配置或 jixiao.masterkey 文件。");

        var cipher = Cipher(forEncryption: false, input.AsSpan(0, HeaderLength));
        var output = new byte[input.Length - HeaderLength - TagLength];
        try
        {
            var written = cipher.ProcessBytes(input.AsSpan(HeaderLength), output);
            cipher.DoFinal(output.AsSpan(written));
        }
        catch (InvalidCipherTextException)
        {
            CryptographicOperations.ZeroMemory(output);
            throw new CryptographicException("加密的私钥未通过完整性校验：密文已被改动。");
        }
        return output;
    }

    private GcmBlockCipher Cipher(bool forEncryption, ReadOnlySpan<byte> header)
    {
        var cipher = new GcmBlockCipher(new SM4Engine());
        var nonce = header.Slice(1 + CheckLength, NonceLength).ToArray();
        cipher.Init(forEncryption, new AeadParameters(new KeyParameter(masterKey.Bytes), TagLength * 8, nonce, header.ToArray()));
        return cipher;
    }

    private static byte[] CheckValue(MasterKey key)
    {
        var label = "jixiao/master-key-check/1"u8;
        var input = new byte[label.Length + MasterKey.Length];
        label.CopyTo(input);
        key.Bytes.CopyTo(input.AsSpan(label.Length));
        return Sm3.Digest(input)[..CheckLength];
    }
}
