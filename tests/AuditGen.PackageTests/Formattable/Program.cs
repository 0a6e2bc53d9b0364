using AuditGen;
using Microsoft.Extensions.Logging;

// Secrets reaching logs by three routes, each with its own code fix: `dotnet format analyzers` must apply all of them.
namespace Formattable;

public partial class Accounts(ILogger<Accounts> logger)
{
    [Audit("reset")]
    public partial void Reset(string email, string note);

    private void ResetCore(string email, string note)
    {
    }

    public void Run(string resetToken, string apiKey, string password)
    {
        logger.LogInformation("Token {Token}", resetToken);
        logger.LogInformation("Key {Key}", apiKey);
        logger.LogInformation($"Password {password}");
        Reset("ada@example.com", password);
    }

    public static void Main()
    {
    }
}
