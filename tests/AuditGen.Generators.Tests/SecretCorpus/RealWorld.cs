// Theme: the way production code actually writes these lines: options, serializers, headers, partial values.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using Microsoft.Extensions.Logging;

public sealed class StripeOptions { public string PublishableKey { get; set; } = ""; public string SecretKey { get; set; } = ""; public string WebhookSecret { get; set; } = ""; }
public sealed record SignUpModel(string Email, string Password, string DisplayName);
public sealed class PaymentCard { public string Number { get; set; } = ""; public string Holder { get; set; } = ""; public int ExpiryYear { get; set; } }
public sealed class AccessToken { public string Value { get; set; } = ""; public DateTime ValidTo { get; set; } }

public sealed class RealWorld(ILogger<RealWorld> logger, StripeOptions stripe)
{
    public void Run(SignUpModel model, PaymentCard card, AccessToken token, HttpRequestMessage request, IDictionary<string, string> config, string jwt, string userId, CancellationToken cancellationToken, string keyName, string status)
    {
        logger.LogInformation("Stripe configured with {Key}", stripe.SecretKey); // leak
        logger.LogInformation("Stripe publishable key {Key}", stripe.PublishableKey); // safe
        logger.LogInformation("Webhook secret: " + stripe.WebhookSecret); // leak
        logger.LogInformation("Sign-up payload {Payload}", JsonSerializer.Serialize(model)); // leak
        logger.LogInformation("Sign-up for {Email} as {Name}", model.Email, model.DisplayName); // safe
        logger.LogInformation("Charging card {Card}", card.Number); // leak
        logger.LogInformation("Card holder {Holder}, expires {Year}", card.Holder, card.ExpiryYear); // safe
        logger.LogInformation("Token {Value}", token.Value); // leak
        logger.LogInformation("Token valid until {ValidTo}", token.ValidTo); // safe
        logger.LogDebug("Outgoing headers: {Headers}", string.Join(", ", request.Headers.Select(h => h.Key + "=" + string.Join(",", h.Value)))); // leak
        logger.LogDebug("Outgoing header names: {Names}", string.Join(", ", request.Headers.Select(h => h.Key).ToList().Count)); // safe
        logger.LogInformation("Connection {Cs}", config["ConnectionStrings:Default"]); // leak
        logger.LogInformation("Feature flag {Flag}", config["Features:NewCheckout"]); // safe
        logger.LogDebug($"JWT received: {jwt}"); // leak
        logger.LogDebug("JWT prefix {Prefix}", jwt.Substring(0, 10) + "..."); // leak
        logger.LogInformation("Password changed for {UserId}", userId); // safe
        logger.LogWarning("Invalid password for user {UserId}", userId); // safe
        logger.LogInformation("Cancellation requested: {Requested}", cancellationToken.IsCancellationRequested); // safe
        logger.LogInformation("Canceled with {Token}", cancellationToken); // safe
        logger.LogInformation("API key {KeyName} rotated", keyName); // safe
        logger.LogInformation("Password {Status}", status); // safe
        logger.LogInformation("Sign-up model {Model}", model); // leak
        logger.LogInformation("{Count} cards on file", new List<PaymentCard> { card }.Count); // safe
        logger.LogInformation("Token endpoint {Url}", "https://login.example.com/oauth2/token"); // safe
        logger.LogInformation("Secret rotated at {Time}", DateTime.UtcNow); // safe
        logger.LogInformation("Authenticated {User} with scheme {Scheme}", userId, "Bearer"); // safe
    }
}
