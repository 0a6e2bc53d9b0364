// Theme: scopes and structured state.
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

public sealed class Scopes(ILogger<Scopes> logger)
{
    public void Run(string requestId, string authorization, string token, string tenant, IDictionary<string, string> headers)
    {
        using (logger.BeginScope("Request {RequestId}", requestId)) { } // safe
        using (logger.BeginScope("Auth {Authorization}", authorization)) { } // leak
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId, ["Tenant"] = tenant })) { } // safe
        using (logger.BeginScope(new Dictionary<string, object> { ["Authorization"] = headers["Authorization"] })) { } // leak
        using (logger.BeginScope(new Dictionary<string, object?> { ["token"] = token })) { } // leak
        using (logger.BeginScope(new Dictionary<string, object> { ["X-Api-Key"] = headers["X-Api-Key"] })) { } // leak
        using (logger.BeginScope(new Dictionary<string, object> { ["User-Agent"] = headers["User-Agent"] })) { } // safe
        using (logger.BeginScope(new[] { new KeyValuePair<string, object>("Tenant", tenant) })) { } // safe
        using (logger.BeginScope(new[] { new KeyValuePair<string, object>("SessionToken", requestId) })) { } // leak
        using (logger.BeginScope(new KeyValuePair<string, object>("Token", token))) { } // leak
        var state = new Dictionary<string, object> { { "password", token } }; // safe
        using (logger.BeginScope(new Dictionary<string, object> { { "password", token } })) { } // leak
        logger.LogInformation("Header {Value}", headers["Authorization"]); // leak
        logger.LogInformation("Header {Value}", headers["Accept"]); // safe
    }
}
