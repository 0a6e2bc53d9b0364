// Theme: secrets read from configuration, environment, headers and cookies, and values built from them.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

public sealed class SmtpSettings { public string Host { get; set; } = ""; public int Port { get; set; } public string Password { get; set; } = ""; }
public sealed class RetrySettings { public int Attempts { get; set; } public TimeSpan Delay { get; set; } }

public sealed class Configuration(ILogger<Configuration> logger, IConfiguration configuration)
{
    public void Run(HttpRequestMessage request, Cookie session, SmtpSettings smtp, RetrySettings retry, string connStr, string sshKey, string hostName, string userName)
    {
        logger.LogInformation("Db password {Value}", Environment.GetEnvironmentVariable("DB_PASSWORD")); // leak
        logger.LogInformation("Environment {Env}", Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")); // safe
        logger.LogInformation("Signing with {Key}", configuration.GetSection("Jwt:Key").Value); // leak
        logger.LogInformation("Issuer {Issuer}", configuration.GetSection("Jwt:Issuer").Value); // safe
        logger.LogInformation("Section {Value}", configuration.GetSection("Smtp")["Password"]); // leak
        logger.LogInformation("Smtp host {Host}:{Port}", configuration["Smtp:Host"], configuration["Smtp:Port"]); // safe
        logger.LogDebug("Auth parameter {Value}", request.Headers.Authorization?.Parameter); // leak
        logger.LogDebug("Auth scheme {Scheme}", request.Headers.Authorization?.Scheme); // safe
        logger.LogDebug("Session cookie {Value}", session.Value); // leak
        logger.LogDebug("Session cookie expires {Expires}", session.Expires); // safe
        logger.LogInformation("SMTP settings {Settings}", smtp); // prints "SmtpSettings" (no ToString of its own) // safe
        logger.LogInformation("Retry settings {Settings}", retry); // safe
        logger.LogInformation("SMTP server {Host}:{Port}", smtp.Host, smtp.Port); // safe
        logger.LogInformation("Using {Cs}", connStr); // leak
        logger.LogInformation("Deploy key {Key}", sshKey); // leak
        logger.LogInformation("Login pair {Pair}", (userName, smtp.Password)); // leak
        logger.LogInformation("Host pair {Pair}", (hostName, smtp.Port)); // safe
        logger.LogInformation("Request {Request}", request); // leak
        logger.LogInformation("Request {Method} {Uri}", request.Method, request.RequestUri); // safe
        logger.LogInformation("Settings loaded for {User}", userName); // safe
    }
}
