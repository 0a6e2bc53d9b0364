using AuditGen.Sample;
using Microsoft.Extensions.Logging;

using ILoggerFactory loggerFactory = LoggerFactory.Create(builder => builder
    .SetMinimumLevel(LogLevel.Information)
    .AddProvider(new JsonLinesLoggerProvider(Console.Out)));

var accounts = new AccountService(loggerFactory.CreateLogger<AccountService>());

Console.WriteLine("# 1. A successful login: the password is redacted.");
await accounts.LoginAsync("ada@example.com", "correct horse battery staple");

Console.WriteLine("# 2. A password reset (Sensitive = true): only the [Logged] email is readable.");
accounts.IssueResetToken("ada@example.com", "rst_9f8e7d6c5b4a");
await accounts.ResetPasswordAsync("ada@example.com", "rst_9f8e7d6c5b4a", "n3w-Passw0rd!");

Console.WriteLine("# 3. A failure: an Error record with the exception, which still reaches the caller.");
try
{
    await accounts.ResetPasswordAsync("ada@example.com", "rst_reused_token", "another-Passw0rd");
}
catch (InvalidOperationException exception)
{
    Console.WriteLine($"# caller caught: {exception.Message}");
}

Console.WriteLine("# 4. [LogProperties]: public scalar properties, the Password property redacted.");
accounts.CloseAccount("ada@example.com", new CloseRequest("moving away", Confirmed: true, Password: "hunter2-hunter2"));

Console.WriteLine("# 5. A slow call over its 50 ms threshold: a Warning record.");
accounts.RebuildSearchIndex(batchSize: 100);
