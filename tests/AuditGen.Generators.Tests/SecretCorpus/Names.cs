// Theme: values named like secrets, passed straight to Microsoft.Extensions.Logging.
using System;
using Microsoft.Extensions.Logging;

public sealed class Names
{
    private readonly ILogger<Names> _logger;
    private readonly string _apiKey = "";
    private readonly string _apiKeyName = "primary";
    public string ClientSecret { get; set; } = "";
    public int PasswordMinLength { get; set; } = 12;

    public Names(ILogger<Names> logger) => _logger = logger;

    public void Run(string email, string password, string resetToken, string refresh_token, string tokenType, int passwordLength, string otp, string pin, string cvv, string userName, Guid orderId, string accessToken, string sessionId, string tokenId, bool rememberPassword, string secretName)
    {
        _logger.LogInformation("User {Email} signed in", email); // safe
        _logger.LogInformation("Login for {Email} with {Password}", email, password); // leak
        _logger.LogDebug("Reset token {Token} issued", resetToken); // leak
        _logger.LogWarning("Refresh {Token}", refresh_token); // leak
        _logger.LogInformation("Token type is {TokenType}", tokenType); // safe
        _logger.LogInformation("Password has {Length} characters", passwordLength); // safe
        _logger.LogInformation("OTP {Code} sent", otp); // leak
        _logger.LogInformation("PIN {Pin} entered", pin); // leak
        _logger.LogError("Card check failed for cvv {Cvv}", cvv); // leak
        _logger.LogInformation("Created {User}", userName); // safe
        _logger.LogInformation("Order {OrderId} shipped", orderId); // safe
        _logger.LogTrace("Calling API with {Key}", _apiKey); // leak
        _logger.LogTrace("Calling API with key {KeyName}", _apiKeyName); // safe
        _logger.LogInformation("Client secret {Secret}", ClientSecret); // leak
        _logger.LogInformation("Password policy requires {Min}", PasswordMinLength); // safe
        _logger.LogInformation("Access token {Value}", accessToken); // leak
        _logger.LogInformation("Session {Session} started", sessionId); // a session id names a session, it is no credential by its name // safe
        _logger.LogInformation("Revoked token {TokenId}", tokenId); // safe
        _logger.LogInformation("Remember password: {Remember}", rememberPassword); // safe
        _logger.LogInformation("Rotating secret {SecretName}", secretName); // safe
        _logger.Log(LogLevel.Information, "Raw {Pwd}", password); // leak
        _logger.LogCritical(new InvalidOperationException("x"), "Failed for {Email}", email); // safe
        _logger.LogInformation("Password reset requested for {Email}", email); // safe
        _logger.LogInformation("Token refreshed"); // safe
    }
}
