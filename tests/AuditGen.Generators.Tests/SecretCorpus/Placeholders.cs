// Theme: placeholders that name a secret, whatever the argument is called.
using AuditGen;
using Microsoft.Extensions.Logging;

public sealed class Placeholders(ILogger<Placeholders> logger)
{
    public void Run(string value, string input, string email, int attempts, string code)
    {
        logger.LogInformation("Password {Password}", value); // leak
        logger.LogInformation("Reset token {ResetToken}", input); // leak
        logger.LogInformation("Token {Token}", AuditLog.Redact(value)); // safe
        logger.LogInformation("Password attempts {Attempts}", attempts); // safe
        logger.LogInformation("Password attempts {PasswordAttempts}", attempts); // safe
        logger.LogInformation("Api key {ApiKey}", input); // leak
        logger.LogInformation("Email {Email}", email); // safe
        logger.LogInformation("Token valid {TokenValid}", value.Length > 0); // safe
        logger.LogInformation("Verification code {Code} sent to {Email}", code, email); // leak
        logger.LogInformation("Otp {Otp}", "******"); // safe
        logger.LogInformation("Code {Code}", code); // the verification code of two lines above: `code` alone is a one-time code // leak
        logger.LogInformation("Sent OTP {Value} to {Email}", code, email); // leak
        logger.LogInformation("Rotating secret {SecretName}", value); // safe
        logger.LogInformation("Secret {Secret}", value); // leak
    }
}
