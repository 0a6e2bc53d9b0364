using AuditGen.Samples.AuthApi.Infrastructure;
using AuditGen.Samples.AuthApi.Security;
using AuditGen.Samples.AuthApi.Services;

namespace AuditGen.Samples.AuthApi;

/// <summary>The /auth endpoints. Bodies use the documented field names; errors never echo secrets.</summary>
public static class Endpoints
{
    public const string RateLimitPolicy = "auth";

    public sealed record Credentials(string Email, string Password);

    public sealed record EmailOnly(string Email);

    public sealed record ResetRequest(string Email, string Token, string NewPassword);

    public sealed record OtpRequest(string Email, string Code);

    public static void MapAuth(this WebApplication app)
    {
        RouteGroupBuilder auth = app.MapGroup("/auth").RequireRateLimiting(RateLimitPolicy);

        auth.MapPost("/register", (Credentials body, HttpContext http, AccountService accounts, ClientIpMasker ip, CancellationToken ct) =>
            Handle(() => accounts.RegisterAsync(ip.Mask(http.Connection.RemoteIpAddress), body.Email, body.Password, ct), Results.Created("/auth/login", new { body.Email })));

        auth.MapPost("/login", async (Credentials body, HttpContext http, AccountService accounts, ClientIpMasker ip, AuthMetrics metrics, CancellationToken ct) =>
        {
            string clientIp = ip.Mask(http.Connection.RemoteIpAddress);
            try
            {
                string session = await accounts.LoginAsync(clientIp, body.Email, body.Password, ct);
                return Results.Ok(new { token = session, otpRequired = true });
            }
            catch (AuthenticationFailedException)
            {
                metrics.LoginFailed(clientIp);
                return Results.Unauthorized();
            }
        });

        auth.MapPost("/forgot-password", (EmailOnly body, HttpContext http, AccountService accounts, ClientIpMasker ip, CancellationToken ct) =>
            Handle(() => accounts.ForgotPasswordAsync(ip.Mask(http.Connection.RemoteIpAddress), body.Email, ct), Results.Accepted()));

        auth.MapPost("/reset-password", (ResetRequest body, HttpContext http, AccountService accounts, ClientIpMasker ip, CancellationToken ct) =>
            Handle(() => accounts.ResetPasswordAsync(ip.Mask(http.Connection.RemoteIpAddress), body.Email, body.Token, body.NewPassword, ct), Results.Ok(new { reset = true })));

        auth.MapPost("/verify-otp", (OtpRequest body, HttpContext http, AccountService accounts, ClientIpMasker ip, CancellationToken ct) =>
            Handle(() => accounts.VerifyOtpAsync(ip.Mask(http.Connection.RemoteIpAddress), body.Email, body.Code, ct), Results.Ok(new { verified = true })));
    }

    private static async Task<IResult> Handle(Func<Task> operation, IResult success)
    {
        try
        {
            await operation();
            return success;
        }
        catch (AuthenticationFailedException)
        {
            return Results.Unauthorized();
        }
        catch (ArgumentException exception)
        {
            return Results.BadRequest(new { error = exception.Message });
        }
        catch (InvalidOperationException exception)
        {
            return Results.Conflict(new { error = exception.Message });
        }
    }
}
