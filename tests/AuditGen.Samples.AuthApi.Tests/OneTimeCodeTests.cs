using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>The AuthApi without a practical rate limit, for load.</summary>
public sealed class UnlimitedAuthApiProcess : AuthApiProcess
{
    protected override int RateLimitPermits => 1_000_000;
}

/// <summary>
/// Issue 11, point 6: one-time codes were stored under the hash of the 6-digit code as the primary key, so a code
/// issued while an equal one (any user's, used or not) was still in the table failed the login with HTTP 500.
/// </summary>
public sealed class OneTimeCodeTests(UnlimitedAuthApiProcess service) : IClassFixture<UnlimitedAuthApiProcess>
{
    private const string DemoEmail = "demo@example.com";
    private const string DemoPassword = "Demo-Password-2026";
    private const string OtherEmail = "other@example.com";
    private const int OutstandingCodes = 200_000;
    private const int ConcurrentLogins = 60;

    [Fact]
    public async Task Concurrent_logins_never_collide_with_codes_already_issued_and_codes_stay_per_user_and_single_use()
    {
        // Rows are never deleted, so a busy service's table soon holds a large share of the million codes (half of them
        // after ~1,200 logins makes a collision likely at every login). Inserting 200,000 of them directly stands in for
        // that history: with the code as the key, each of the concurrent logins below then fails with probability 0.2.
        await InsertCodesAsync(OtherEmail, OutstandingCodes);

        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        HttpStatusCode[] logins = await Task.WhenAll(Enumerable.Range(0, ConcurrentLogins).Select(async _ =>
        {
            using HttpResponseMessage response = await http.PostAsJsonAsync("/auth/login", new { email = DemoEmail, password = DemoPassword });
            return response.StatusCode;
        }));

        Assert.All(logins, status => Assert.Equal(HttpStatusCode.OK, status));

        // The newest code works once, for its user, even when another user holds an equal code.
        string code = await service.OutboxAsync(DemoEmail, "otp");
        await InsertCodeAsync(OtherEmail, code);
        Assert.Equal(HttpStatusCode.OK, await VerifyAsync(http, DemoEmail, code));
        Assert.Equal(HttpStatusCode.Unauthorized, await VerifyAsync(http, DemoEmail, code));
        Assert.Equal(HttpStatusCode.OK, await VerifyAsync(http, OtherEmail, code));
        Assert.Equal(HttpStatusCode.Unauthorized, await VerifyAsync(http, DemoEmail, await CodeOnlyOtherHoldsAsync()));
    }

    private static async Task<HttpStatusCode> VerifyAsync(HttpClient http, string email, string code)
    {
        using HttpResponseMessage response = await http.PostAsJsonAsync("/auth/verify-otp", new { email, code });
        return response.StatusCode;
    }

    // One of the inserted codes that the demo user was never sent.
    private async Task<string> CodeOnlyOtherHoldsAsync()
    {
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM outbox WHERE recipient = $r AND kind = 'otp'";
        command.Parameters.AddWithValue("$r", DemoEmail);
        var sent = new HashSet<string>();
        await using (SqliteDataReader reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                sent.Add(reader.GetString(0));
            }
        }

        return Enumerable.Range(0, OutstandingCodes).Select(Code).First(c => !sent.Contains(c));
    }

    private Task InsertCodeAsync(string email, string code) => InsertAsync(email, [code]);

    private Task InsertCodesAsync(string email, int count) => InsertAsync(email, Enumerable.Range(0, count).Select(Code));

    // Columns both the old and the new schema have; the hash is the sample's (SecretTokens.Fingerprint).
    private async Task InsertAsync(string email, IEnumerable<string> codes)
    {
        await using SqliteConnection connection = await OpenAsync();
        await using SqliteTransaction transaction = connection.BeginTransaction();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "INSERT INTO one_time_secrets (secret_hash, email, purpose, expires_utc) VALUES ($hash, $email, 'otp', $expires)";
        SqliteParameter hash = command.Parameters.Add("$hash", SqliteType.Text);
        command.Parameters.AddWithValue("$email", email);
        command.Parameters.AddWithValue("$expires", DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        foreach (string code in codes)
        {
            hash.Value = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={service.DatabasePath}");
        await connection.OpenAsync();
        return connection;
    }

    private static string Code(int value) => value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
