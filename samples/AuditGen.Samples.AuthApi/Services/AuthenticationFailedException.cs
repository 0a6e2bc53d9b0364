namespace AuditGen.Samples.AuthApi.Services;

/// <summary>Wrong credentials, or an invalid, expired or used token or code. Its message never contains the secret.</summary>
public sealed class AuthenticationFailedException(string reason) : Exception(reason);
