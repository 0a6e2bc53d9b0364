// Theme (issue 10's misses, microsoft-identity-web's protocol-message dump): a loop over every property of a type
// (typeof(T).GetProperties()) that logs property.GetValue(x) writes each member, as a serializer would. A single
// property fetched by name, and a type without secret members, are not judged this way.
using System.Reflection;
using Microsoft.Extensions.Logging;

public sealed class ProtocolMessage
{
    public string State { get; set; } = "";
    public string IdToken { get; set; } = "";
    public string RedirectUri { get; set; } = "";
}

public sealed class DisplayOptions
{
    public string Theme { get; set; } = "";
    public int PageSize { get; set; }
}

public sealed class Reflection(ILogger<Reflection> logger)
{
    public void Dump(ProtocolMessage message, DisplayOptions options)
    {
        foreach (PropertyInfo property in typeof(ProtocolMessage).GetProperties())
        {
            object? value = property.GetValue(message);
            logger.LogDebug($"   - {property.Name}={value}"); // leak
        }

        foreach (var property in options.GetType().GetProperties())
        {
            logger.LogDebug("{Name}={Value}", property.Name, property.GetValue(options)); // safe
        }

        PropertyInfo? state = typeof(ProtocolMessage).GetProperty(nameof(ProtocolMessage.State));
        logger.LogDebug("State {State}", state?.GetValue(message)); // safe
    }
}
