// Theme: LoggerMessage.Define templates, the delegates they return, and [LoggerMessage] methods.
using System;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Logging;

public sealed class PrivateDataAttribute() : DataClassificationAttribute(new DataClassification("Demo", "Private"));

public static partial class Log
{
    private static readonly Action<ILogger, string, Exception?> s_userCreated = LoggerMessage.Define<string>(LogLevel.Information, 1, "User {Email} created"); // safe
    private static readonly Action<ILogger, string, Exception?> s_tokenIssued = LoggerMessage.Define<string>(LogLevel.Information, 2, "Issued {Token}"); // safe
    private static readonly Action<ILogger, string, Exception?> s_connected = LoggerMessage.Define<string>(LogLevel.Information, 3, "Connected to Server=db;Password=P@ss1234;{Db}"); // leak

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "User {Email} signed in")]
    public static partial void SignedIn(ILogger logger, string email); // safe

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Password {Password} rejected for {Email}")]
    public static partial void Rejected(ILogger logger, string password, string email); // leak

    [LoggerMessage(EventId = 12, Level = LogLevel.Debug, Message = "Issued {Value}")]
    public static partial void Issued(ILogger logger, string resetToken); // leak

    [LoggerMessage(EventId = 13, Level = LogLevel.Debug, Message = "Issued token for {Email}")]
    public static partial void IssuedFor(ILogger logger, [PrivateData] string email); // safe

    [LoggerMessage(EventId = 14, Level = LogLevel.Debug, Message = "Token {Token} stored")]
    public static partial void Stored(ILogger logger, [PrivateData] string token); // safe

    [LoggerMessage(EventId = 15, Level = LogLevel.Debug, Message = "Token {Token} refreshed")]
    public static partial void Refreshed(ILogger logger, string token); // leak

    [LoggerMessage(EventId = 16, Level = LogLevel.Error, Message = "Sign-in failed for {Email}")]
    public static partial void SignInFailed(ILogger logger, Exception exception, string email); // safe

    public static void Use(ILogger logger, string email, string token, string password)
    {
        s_userCreated(logger, email, null); // safe
        s_tokenIssued(logger, token, null); // leak
        s_tokenIssued(logger, email, null); // safe
        SignedIn(logger, email); // safe
        SignedIn(logger, password); // leak
        IssuedFor(logger, token); // safe
        SignInFailed(logger, new InvalidOperationException(), email); // safe
    }
}
