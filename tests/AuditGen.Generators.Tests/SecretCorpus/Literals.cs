// Theme: credentials written into templates and strings.
using Microsoft.Extensions.Logging;

public sealed class Literals(ILogger<Literals> logger)
{
    public void Run(string user)
    {
        logger.LogInformation("Using token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"); // leak
        logger.LogInformation("Connecting to Server=db;Database=app;User Id=sa;Password=Sup3rS3cret!;"); // leak
        logger.LogInformation("Key AKIAIOSFODNN7EXAMPLE in use"); // leak
        logger.LogInformation("-----BEGIN RSA PRIVATE KEY----- MIIEpAIBAAKCAQEA"); // leak
        logger.LogInformation("Header Authorization: Bearer 0123456789abcdefghijklmnopqrstuv"); // leak
        logger.LogInformation("Connected to Server=db;Database=app;Integrated Security=true"); // safe
        logger.LogInformation("Token format is JWT"); // safe
        logger.LogInformation("Using bearer authentication for {User}", user); // safe
        logger.LogInformation("Password reset email sent to {User}", user); // safe
        logger.LogInformation("api_key=sk_test_1234567890abcdef in config"); // leak
        logger.LogInformation("Deployed with ghp_abcdefghijklmnopqrstuvwxyz0123456789"); // leak
        logger.LogWarning("Check Password=; is empty for {User}", user); // safe
        logger.LogInformation("Key id AKIA is a prefix"); // safe
        logger.LogInformation("Value {Value}", "Data Source=app.db;Password=hunter2"); // leak
        logger.LogInformation("Value {Value}", "Data Source=app.db"); // safe
        logger.LogWarning("Example: 'type=eclair;server=http://eclair:4570;password=eclairpassword'"); // a help text's stand-in // safe
        logger.LogWarning("Set Server=db;Pwd=<your password> in appsettings"); // safe
        logger.LogWarning("Set api_key=YOUR_API_KEY_HERE_123 first"); // safe
    }
}
