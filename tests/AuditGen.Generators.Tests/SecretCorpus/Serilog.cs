// Theme: Serilog's ILogger, static Log and ForContext.
using Serilog;

public sealed record Credentials(string User, string Password);

public sealed class SerilogUse(ILogger logger)
{
    public void Run(string email, string password, string apiKey, Credentials credentials, string tenant, string token)
    {
        logger.Information("User {Email} signed in", email); // safe
        logger.Information("Login {Email} {Password}", email, password); // leak
        Log.Warning("Key {Key}", apiKey); // leak
        Log.Information("Tenant {Tenant}", tenant); // safe
        logger.Information("Credentials {@Credentials}", credentials); // leak
        logger.Information("User {User}", credentials.User); // safe
        logger.ForContext("Token", token).Information("Refreshed"); // leak
        logger.ForContext("Tenant", tenant).Information("Refreshed"); // safe
        logger.Debug("Token {Token}", token); // leak
        Log.Error("Failed for {Email}", email); // safe
        logger.Information($"Signed in with {password}"); // leak
        logger.Information("Signed in {Count} times", 3); // safe
    }
}
