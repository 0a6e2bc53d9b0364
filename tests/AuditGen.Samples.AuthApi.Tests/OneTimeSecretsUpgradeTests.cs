using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace AuditGen.Samples.AuthApi.Tests;

/// <summary>The AuthApi started on a database of the first schema (one_time_secrets keyed by the secret's hash),
/// holding one outstanding code for the demo user.</summary>
public sealed class FirstSchemaAuthApiProcess : AuthApiProcess
{
    public const string OutstandingCode = "123456";

    protected override async Task PrepareDatabaseAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE one_time_secrets (
                secret_hash TEXT PRIMARY KEY,
                email TEXT NOT NULL,
                purpose TEXT NOT NULL,
                expires_utc TEXT NOT NULL,
                used INTEGER NOT NULL DEFAULT 0);
            INSERT INTO one_time_secrets (secret_hash, email, purpose, expires_utc) VALUES ($hash, 'demo@example.com', 'otp', $expires);
            """;
        command.Parameters.AddWithValue("$hash", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(OutstandingCode))));
        command.Parameters.AddWithValue("$expires", DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        await command.ExecuteNonQueryAsync();
        SqliteConnection.ClearAllPools();
    }
}

/// <summary>A database of the first schema is rebuilt on start with its rows kept.</summary>
public sealed class OneTimeSecretsUpgradeTests(FirstSchemaAuthApiProcess service) : IClassFixture<FirstSchemaAuthApiProcess>
{
    [Fact]
    public async Task The_table_gets_an_id_key_and_an_outstanding_code_still_works_once()
    {
        using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        Assert.Equal(HttpStatusCode.OK, await VerifyAsync(http, FirstSchemaAuthApiProcess.OutstandingCode));
        Assert.Equal(HttpStatusCode.Unauthorized, await VerifyAsync(http, FirstSchemaAuthApiProcess.OutstandingCode));

        await using var connection = new SqliteConnection($"Data Source={service.DatabasePath}");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(name) FROM pragma_table_info('one_time_secrets')";
        Assert.StartsWith("id,secret_hash,", (string)(await command.ExecuteScalarAsync())!, StringComparison.Ordinal);
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'one_time_secrets_by_hash'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    private static async Task<HttpStatusCode> VerifyAsync(HttpClient http, string code)
    {
        using HttpResponseMessage response = await http.PostAsJsonAsync("/auth/verify-otp", new { email = "demo@example.com", code });
        return response.StatusCode;
    }
}
