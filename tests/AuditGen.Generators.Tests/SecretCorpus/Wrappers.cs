// Theme (issue 10, Smartstore): a team's own logging methods. A method called on a logger (an instance method of a
// logger type or an extension of ILogger) that takes a message string and a params array logs like LoggerExtensions:
// the string is the template, the array its values. (C# 14 extension(ILogger) members: AuditGen.RealWorld.Tests.)
using System;
using Microsoft.Extensions.Logging;

public static class ShopLoggerExtensions
{
    public static void Warn(this ILogger logger, string msg, params object[] args) => logger.LogWarning(msg, args);

    public static void Error(this ILogger logger, Exception exception, string message, params object[] args) => logger.LogError(exception, message, args);

    public static void Fail(this ILogger logger, Exception exception, params object[] args) => logger.LogError(exception, exception.Message, args);

    public static void Remember(this ILogger logger, string key, params object[] values) => logger.LogDebug("{Key} cached", key);

    public static void Audit(string msg, params object[] args) => Console.WriteLine(msg, args);
}

public sealed class Wrappers(ILogger<Wrappers> logger)
{
    public void Run(string password, string userName, string resetToken, string apiKey, Exception failure)
    {
        logger.Warn("Login for {User} with {Password}", userName, password); // leak
        logger.Warn($"Reset link sent with {resetToken}"); // leak
        logger.Error(failure, "Call failed with key {ApiKey}", apiKey); // leak
        logger.Fail(failure, password); // leak
        logger.Fail(failure, userName); // safe
        logger.Warn("Login failed for {User}", userName); // safe
        logger.Warn("Password changed for {User}", userName); // safe
        logger.Error(failure, "Call failed for {User}", userName); // safe
        logger.Remember("settings", password.Length); // safe
        ShopLoggerExtensions.Audit("Unrelated {Value}", password); // safe
    }
}
