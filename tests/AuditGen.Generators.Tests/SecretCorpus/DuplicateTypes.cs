// Theme (issue 10, found on Smartstore): a project that defines its own type under a logging library's name (extension
// members of its own in Microsoft.Extensions.Logging.LoggerExtensions) must not hide the library's log calls.
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Logging
{
    public static class LoggerExtensions
    {
        public static void LogNotice(this ILogger logger, string message) => logger.Log(LogLevel.Information, message);
    }
}

public sealed class Payments(ILogger<Payments> logger)
{
    public void Run(string apiSecret, string orderId)
    {
        logger.LogError("Stripe call failed with {Secret}", apiSecret); // leak
        logger.LogError("Order {OrderId} failed", orderId); // safe
    }
}
