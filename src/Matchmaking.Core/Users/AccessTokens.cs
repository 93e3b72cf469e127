using System.Security.Cryptography;
using System.Text;

namespace Matchmaking.Core.Users;

/// <summary>
/// Bearer tokens: 32 random bytes, shown once; only their SHA-256 is stored. A slow hash is not needed
/// because the token has 256 bits of entropy and cannot be guessed from a dictionary.
/// </summary>
public static class AccessTokens
{
    public const string Prefix = "mm_";

    public static string NewToken() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
