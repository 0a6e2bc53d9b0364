// Theme (issue 10's misses): secrets behind neutral helper methods and properties, and the output of decryption.
using System;
using Microsoft.Extensions.Logging;

public sealed class CredentialCache(ILogger<CredentialCache> logger)
{
    private readonly string _apiKey = Environment.GetEnvironmentVariable("X") ?? "";
    private readonly string _region = "eu-west-1";

    private string Current() => _apiKey;

    private string Header => "Bearer " + _apiKey;

    private string Region
    {
        get { return _region; }
    }

    private string Describe() => "cache for " + _region;

    public void Run(Protector protector, string payload)
    {
        logger.LogInformation("Using {Value}", Current()); // leak
        logger.LogInformation("Sending {Value}", Header); // leak
        logger.LogInformation("Opened {Value}", protector.Unprotect(payload)); // leak
        logger.LogInformation("Opened {Value}", protector.DecryptAsync(payload).Result); // leak
        logger.LogInformation("Region {Region}", Region); // safe
        logger.LogInformation("State {State}", Describe()); // safe
        logger.LogInformation("Sealed {Value}", protector.Protect(payload)); // safe
    }
}

public sealed class Protector
{
    public string Protect(string value) => value;

    public string Unprotect(string value) => value;

    public System.Threading.Tasks.Task<string> DecryptAsync(string value) => System.Threading.Tasks.Task.FromResult(value);
}
