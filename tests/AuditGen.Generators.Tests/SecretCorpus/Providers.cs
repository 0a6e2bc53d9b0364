// Theme (issue 10): {@X} through Microsoft.Extensions.Logging writes members only under a destructuring provider
// (Serilog's, referenced here); the attributes that provider honours leave members out.
using Destructurama.Attributed;
using Microsoft.Extensions.Logging;

public sealed class Vault { public string Name { get; set; } = ""; public string ApiKey { get; set; } = ""; public string SecretValue = ""; }
public sealed class HiddenVault { public string Name { get; set; } = ""; [NotLogged] public string ApiKey { get; set; } = ""; }
public sealed class MaskedVault { public string Name { get; set; } = ""; [LogMasked] public string ApiKey { get; set; } = ""; }

public sealed class Providers(ILogger<Providers> logger)
{
    public void Run(Vault vault, HiddenVault hidden, MaskedVault masked, System.Collections.Generic.List<Vault> vaults, HiddenVault[] hiddenVaults)
    {
        logger.LogInformation("Vaults {@Vaults}", vaults); // leak
        logger.LogInformation("Vaults {@Vaults}", hiddenVaults); // safe
        ref Vault first = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(vaults)[0];
        ref string key = ref first.SecretValue;
        logger.LogInformation("Key {Value}", key); // leak
        logger.LogInformation("Vault {@Vault}", vault); // leak
        logger.LogInformation("Vault {Vault}", vault); // prints the type name // safe
        logger.LogInformation("Vault {@Vault}", hidden); // safe
        logger.LogInformation("Vault {@Vault}", masked); // safe
    }
}

namespace Serilog.Extensions.Logging { public sealed class SerilogLoggerProvider { } }

namespace Destructurama.Attributed
{
    [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class NotLoggedAttribute : System.Attribute { }
    [System.AttributeUsage(System.AttributeTargets.Property)] public sealed class LogMaskedAttribute : System.Attribute { }
}
