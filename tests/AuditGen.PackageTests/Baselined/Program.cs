using Microsoft.Extensions.Logging;

// An existing codebase with two leaks. BaselineTests records them in a baseline, then adds a third and fixes one.
using var factory = LoggerFactory.Create(_ => { });
new Shop.Accounts(factory.CreateLogger("Accounts")).Reset("tok_example", "pw_example", "key_example");

namespace Shop
{
    public sealed class Accounts(ILogger logger)
    {
        public void Reset(string resetToken, string password, string apiKey)
        {
            logger.LogInformation("Reset token {Token} issued", resetToken);
            logger.LogInformation("Password {Password} set", password);
            logger.LogDebug("Key length {Length}", apiKey.Length);
        }
    }
}
