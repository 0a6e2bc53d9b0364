// Theme: secrets that travel through locals, string building and transformations; and the sanitizers that end that.
using System;
using System.Security.Cryptography;
using System.Text;
using AuditGen;
using Microsoft.Extensions.Logging;

public sealed class Flow(ILogger<Flow> logger)
{
    public void Run(string token, string password, string email, string apiKey, string userId)
    {
        var copy = token;
        logger.LogInformation("Value {Value}", copy); // leak
        string header = "Bearer " + token;
        logger.LogInformation("Header {Header}", header); // leak
        logger.LogInformation($"Reset link sent with token {token}"); // leak
        logger.LogInformation("Login " + password); // leak
        logger.LogInformation("Key {Key}", apiKey.Trim()); // leak
        logger.LogInformation("Key {Key}", apiKey.Substring(0, 8)); // leak
        logger.LogInformation("Upper {Value}", token.ToUpperInvariant()); // leak
        logger.LogInformation("Formatted {Value}", string.Format("t={0}", token)); // leak
        var url = $"https://example.com/reset?email={email}&token={token}";
        logger.LogInformation("Sending {Url}", url); // leak
        logger.LogInformation("Token length {Length}", token.Length); // safe
        logger.LogInformation("Has password: {HasPassword}", !string.IsNullOrEmpty(password)); // safe
        logger.LogInformation("Token matches: {Matches}", token == "expected"); // safe
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        logger.LogInformation("Token hash {Hash}", hash); // safe
        logger.LogInformation("Token {Token}", AuditLog.Redact(token)); // safe
        var masked = Mask(apiKey);
        logger.LogInformation("Key {Key}", masked); // safe
        logger.LogInformation($"User {userId} logged in"); // safe
        logger.LogInformation($"Login for {email} from {Environment.MachineName}"); // safe
        var display = email.ToLowerInvariant();
        logger.LogInformation("Display {Display}", display); // safe
        string query = "user=" + userId + "&pwd=" + userId;
        logger.LogInformation("Query {Query}", query); // leak
        string note = $"password: {userId}";
        logger.LogInformation("Note {Note}", note); // leak
        var builder = new StringBuilder().Append("token=").Append(token);
        logger.LogInformation("Built {Value}", builder.ToString()); // leak
        logger.LogInformation("Equal? {Same}", string.Equals(token, password, StringComparison.Ordinal)); // safe
    }

    private static string Mask(string value) => value.Length > 4 ? "****" + value[^4..] : "****";
}
