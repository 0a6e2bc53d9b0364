using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AuditGen.Samples.AuthApi.Data;

/// <summary>The SQLite database: one file, created and migrated on start.</summary>
public sealed class Database
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS users (
            email TEXT PRIMARY KEY,
            password_hash BLOB NOT NULL,
            salt BLOB NOT NULL,
            created_utc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS sessions (
            token_hash TEXT PRIMARY KEY,
            email TEXT NOT NULL,
            expires_utc TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS one_time_secrets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            secret_hash TEXT NOT NULL,
            email TEXT NOT NULL,
            purpose TEXT NOT NULL,
            expires_utc TEXT NOT NULL,
            used INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS one_time_secrets_lookup ON one_time_secrets (email, purpose, secret_hash);
        CREATE TABLE IF NOT EXISTS outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            recipient TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            sent_utc TEXT NULL);
        """;

    // Issue 11: the first schema keyed one_time_secrets by the secret's hash. A 6-digit code has a million values, so a
    // code equal to one still in the table (any user's, used or not: rows are never deleted) failed the insert and the
    // login with HTTP 500. Such a table is rebuilt with an id key; its rows, outstanding codes included, are kept.
    private const string UpgradeOneTimeSecrets = """
        ALTER TABLE one_time_secrets RENAME TO one_time_secrets_by_hash;
        """;

    private const string CopyOneTimeSecrets = """
        INSERT INTO one_time_secrets (secret_hash, email, purpose, expires_utc, used)
            SELECT secret_hash, email, purpose, expires_utc, used FROM one_time_secrets_by_hash;
        DROP TABLE one_time_secrets_by_hash;
        """;

    public const string DemoEmail = "demo@example.com";

    private readonly string _connectionString;
    private readonly string _demoPassword;

    public Database(IOptions<AuthApiOptions> options)
    {
        _demoPassword = options.Value.DemoPassword;
        string path = options.Value.Database ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"auditgen-authapi-{Guid.NewGuid():N}.db");
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    /// <summary>Gets the database file.</summary>
    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken);
        await using (SqliteCommand wal = Command(connection, "PRAGMA journal_mode=WAL;", []))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (SqliteTransaction transaction = connection.BeginTransaction())
        {
            bool keyedByHash = await HasKeyedByHashTableAsync(connection, transaction, cancellationToken);
            string sql = keyedByHash ? UpgradeOneTimeSecrets + Schema + CopyOneTimeSecrets : Schema;
            await using SqliteCommand command = Command(connection, sql, []);
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await SeedAsync(cancellationToken);
    }

    // A one_time_secrets table without the id column is one of the first schema.
    private static async Task<bool> HasKeyedByHashTableAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using SqliteCommand command = Command(
            connection,
            "SELECT (SELECT COUNT(*) FROM pragma_table_info('one_time_secrets')) > 0 AND (SELECT COUNT(*) FROM pragma_table_info('one_time_secrets') WHERE name = 'id') = 0",
            []);
        command.Transaction = transaction;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    // An empty database gets the documented demo account, so the sample can be tried right away.
    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (_demoPassword.Length == 0 || await ScalarAsync<long>("SELECT COUNT(*) FROM users", cancellationToken) > 0)
        {
            return;
        }

        (byte[] hash, byte[] salt) = Security.PasswordHasher.Hash(_demoPassword);
        await ExecuteAsync(
            "INSERT INTO users (email, password_hash, salt, created_utc) VALUES ($email, $hash, $salt, $now)",
            cancellationToken,
            ("$email", DemoEmail),
            ("$hash", hash),
            ("$salt", salt),
            ("$now", DateTimeOffset.UtcNow.ToString("O")));
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken);
        await using SqliteCommand command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken);
        await using SqliteCommand command = Command(connection, sql, parameters);
        object? value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<(byte[] Hash, byte[] Salt)?> PasswordOfAsync(string email, CancellationToken cancellationToken)
    {
        await using SqliteConnection connection = await OpenAsync(cancellationToken);
        await using SqliteCommand command = Command(connection, "SELECT password_hash, salt FROM users WHERE email = $email", [("$email", email)]);
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ((byte[])reader[0], (byte[])reader[1]) : null;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach ((string name, object? value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
