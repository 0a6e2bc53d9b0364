// Theme (issue 10): an object serialized into a log writes what the serializer writes: [JsonIgnore] members stay out,
// unless the ignore is conditional (WhenWritingNull writes a value that is set).
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

public sealed class ClientSettings { public string Url { get; set; } = ""; [JsonIgnore] public string ApiKey { get; set; } = ""; }
public sealed class LooseSettings { public string Url { get; set; } = ""; [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ApiKey { get; set; } }
public sealed class PlainSettings { public string Url { get; set; } = ""; public string ApiKey { get; set; } = ""; }

public sealed class Serialization(ILogger<Serialization> logger)
{
    public void Run(ClientSettings settings, LooseSettings loose, PlainSettings plain, System.Collections.Generic.List<PlainSettings> all, PlainSettings[] array, System.Collections.Generic.Dictionary<string, PlainSettings> byName, System.Collections.Generic.List<ClientSettings> clients)
    {
        logger.LogInformation("All {Json}", JsonSerializer.Serialize(all)); // leak
        logger.LogInformation("All {Json}", JsonSerializer.Serialize(array)); // leak
        logger.LogInformation("All {Json}", JsonSerializer.Serialize(byName)); // leak
        logger.LogInformation("All {Json}", JsonSerializer.Serialize(clients)); // safe
        logger.LogInformation("All {All}", all); // prints the list's type name // safe
        logger.LogInformation("Settings {Json}", JsonSerializer.Serialize(settings)); // safe
        logger.LogInformation("Settings {Json}", JsonSerializer.Serialize(loose)); // leak
        logger.LogInformation("Settings {Json}", JsonSerializer.Serialize(plain)); // leak
        logger.LogInformation("Settings {Settings}", settings); // prints the type name // safe
    }
}
