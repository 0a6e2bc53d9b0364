using AuditGen.Samples.AuthApi.Infrastructure;
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

        // Who and from where are not parameters: app.UseAuditContext() put them in the request's audit context.
        auth.MapPost("/register", (Credentials body, AccountService accounts, CancellationToken ct) =>
            Handle(() => accounts.RegisterAsync(body.Email, body.Password, ct), Results.Created("/auth/login", new { body.Email })));

        auth.MapPost("/login", async (Credentials body, HttpContext http, AccountService accounts, AuthMetrics metrics, CancellationToken ct) =>
        {
            try
            {
                string session = await accounts.LoginAsync(body.Email, body.Password, ct);
                return Results.Ok(new { token = session, otpRequired = true });
            }
            catch (AuthenticationFailedException)
            {
                // The metric's label, masked exactly as the audit records write the client address.
                metrics.LoginFailed(AuditLog.FormatClientAddress(http.Connection.RemoteIpAddress?.ToString()) ?? "unknown");
                return Results.Unauthorized();
            }
        });

        auth.MapPost("/forgot-password", (EmailOnly body, AccountService accounts, CancellationToken ct) =>
            Handle(() => accounts.ForgotPasswordAsync(body.Email, ct), Results.Accepted()));

        auth.MapPost("/reset-password", (ResetRequest body, AccountService accounts, CancellationToken ct) =>
            Handle(() => accounts.ResetPasswordAsync(body.Email, body.Token, body.NewPassword, ct), Results.Ok(new { reset = true })));

        auth.MapPost("/verify-otp", (OtpRequest body, AccountService accounts, CancellationToken ct) =>
            Handle(() => accounts.VerifyOtpAsync(body.Email, body.Code, ct), Results.Ok(new { verified = true })));

        // The audit catalog at run time: the same JSON the build wrote beside the assembly (docs/audit-catalog.md).
        app.MapGet("/audit-catalog", () => Results.Text(AuditCatalog.GetJson(typeof(Endpoints).Assembly) ?? "{}", "application/json"));
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
        catch (AuditUnavailableException)
        {
            // A Required operation was refused: its audit record could not be written, so it did not run.
            return Results.Problem("The operation is unavailable.", statusCode: StatusCodes.Status503ServiceUnavailable);
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
