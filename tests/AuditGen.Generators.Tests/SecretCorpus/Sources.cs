// Theme (issue 10): values that are secrets by where they come from (the rule catalog's sources: request URLs and
// query strings, authentication tokens, unprotected data) and the barriers that end them.
using System;
using AuditGen;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;

public sealed class RequestLogging(ILogger<RequestLogging> logger)
{
    public void Run(HttpRequest request, HttpContext context, IDataProtector protector, string payload, string value)
    {
        logger.LogInformation("Request {Url}", request.GetDisplayUrl()); // leak
        logger.LogWarning("Failed {Url}", request.GetEncodedUrl()); // leak
        logger.LogInformation("Query {Query}", request.QueryString); // leak
        logger.LogInformation("Query {Query}", request.QueryString.Value); // leak
        logger.LogInformation("Request {Url}", AuditLog.SanitizeUrl(request.GetDisplayUrl())); // safe
        logger.LogInformation("Request {Method} {Path}", request.Method, request.Path); // safe
        logger.LogInformation("Query has {Count} keys", request.Query.Count); // safe
        var uri = new Uri($"https://api.example.com/v1/items?api_key={value}");
        logger.LogInformation("Calling {Uri}", uri); // leak
        var plain = new Uri($"https://api.example.com/v1/items?page={value}");
        logger.LogInformation("Calling {Uri}", plain); // safe
        logger.LogDebug("Got {Value}", context.GetTokenAsync("access_token").Result); // leak
        logger.LogInformation("Opened {Value}", protector.Unprotect(payload)); // leak
        logger.LogInformation("Sealed {Value}", protector.Protect(payload)); // safe
    }
}

// Stubs of the ASP.NET Core surface the catalog names: its rows match by full type and member name.
namespace Microsoft.AspNetCore.Http
{
    public abstract class HttpRequest
    {
        public abstract QueryString QueryString { get; }
        public abstract IQueryCollection Query { get; }
        public abstract PathString Path { get; }
        public abstract string Method { get; }
    }

    public interface IQueryCollection { int Count { get; } }

    public readonly struct QueryString { public string? Value => null; }

    public readonly struct PathString { public string? Value => null; }

    public abstract class HttpContext { }
}

namespace Microsoft.AspNetCore.Http.Extensions
{
    public static class UriHelper
    {
        public static string GetDisplayUrl(this HttpRequest request) => "";
        public static string GetEncodedUrl(this HttpRequest request) => "";
    }
}

namespace Microsoft.AspNetCore.Authentication
{
    public static class AuthenticationHttpContextExtensions
    {
        public static System.Threading.Tasks.Task<string?> GetTokenAsync(this HttpContext context, string tokenName) => System.Threading.Tasks.Task.FromResult<string?>(null);
    }
}

namespace Microsoft.AspNetCore.DataProtection
{
    public interface IDataProtector
    {
        byte[] Protect(byte[] plaintext);
        byte[] Unprotect(byte[] protectedData);
    }

    public static class DataProtectionCommonExtensions
    {
        public static string Protect(this IDataProtector protector, string plaintext) => plaintext;
        public static string Unprotect(this IDataProtector protector, string protectedData) => protectedData;
    }
}
