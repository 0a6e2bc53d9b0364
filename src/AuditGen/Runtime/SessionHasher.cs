using System.Security.Cryptography;
using System.Text;

namespace AuditGen.Runtime;

/// <summary>Hashes a session id for <see cref="AuditContext.SetSession"/>.</summary>
internal static class SessionHasher
{
    // Unkeyed on purpose: session ids are long random values, so their hash reveals nothing and cannot be replayed, and
    // the same session hashes the same in every process. 64 bits are plenty to correlate the records of one session.
    public static string Hash(string sessionId)
    {
        using var sha256 = SHA256.Create();
        byte[] digest = sha256.ComputeHash(Encoding.UTF8.GetBytes(sessionId));
        var text = new StringBuilder("sha256:", 7 + 16);
        for (int i = 0; i < 8; i++)
        {
            text.Append(digest[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
