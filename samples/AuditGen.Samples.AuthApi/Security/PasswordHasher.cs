using System.Security.Cryptography;
using System.Text;

namespace AuditGen.Samples.AuthApi.Security;

/// <summary>PBKDF2-SHA256 password hashing with a per-user salt and constant-time verification.</summary>
public static class PasswordHasher
{
    private const int Iterations = 100_000;
    private const int HashBytes = 32;

    public static (byte[] Hash, byte[] Salt) Hash(string password)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        return (Derive(password, salt), salt);
    }

    public static bool Verify(string password, byte[] hash, byte[] salt) =>
        CryptographicOperations.FixedTimeEquals(Derive(password, salt), hash);

    private static byte[] Derive(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
