using AuditGen.Generators.Model;
using AuditGen.Generators.Tests.Infrastructure;

namespace AuditGen.Generators.Tests.Parsing;

/// <summary>How the parser judges each logged value (issue 9): by meaning, with [LogProperties] members inheriting
/// their parameter's sensitivity and framework types never expanded.</summary>
public sealed class SensitivityVerdictTests
{
    private static Dictionary<string, (LoggedValueMode Mode, string? Detail)> Values(string parameters, bool sensitive = false, string types = "")
    {
        string attribute = sensitive ? "[Audit(\"op\", Sensitive = true)]" : "[Audit(\"op\")]";
        AuditMethodSpec method = ParserHarness.Method(Sources.InNamespace($$"""
            {{types}}
            public partial class Svc(ILogger logger)
            {
                {{attribute}} public partial void Run({{parameters}});
                private void RunCore({{parameters}}) { }
            }
            """));
        return method.LoggedValues.ToDictionary(v => v.Key, v => (v.Mode, v.Detail));
    }

    [Theory]
    [MemberData(nameof(Sensitivity.NameRulesTests.IssueNames), MemberType = typeof(Sensitivity.NameRulesTests))]
    public void Names_the_issue_found_logged_in_clear_are_credentials(string name) =>
        Assert.Equal(LoggedValueMode.Redacted, Values($"string {name}")[name].Mode);

    [Fact]
    public void A_property_inherits_its_parameters_sensitivity_and_is_judged_by_its_own_name()
    {
        var values = Values(
            "[LogProperties] ApiToken token, [LogProperties] Credentials credentials, [LogProperties] Order order",
            types: """
                public sealed class ApiToken { public string Value { get; set; } = ""; public int Scope { get; set; } }
                public sealed class Credentials { public string User { get; set; } = ""; public string Pass { get; set; } = ""; }
                public sealed class Order { public int Id { get; set; } public string CouponCode { get; set; } = ""; public string Pin { get; set; } = ""; public Order? Parent { get; set; } }
                """);

        Assert.Equal(LoggedValueMode.Redacted, values["token.Value"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["token.Scope"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["credentials.Pass"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["credentials.User"].Mode); // a member of credentials is a credential
        Assert.Equal(LoggedValueMode.Plain, values["order.Id"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["order.Pin"].Mode);
        Assert.False(values.ContainsKey("order.Parent")); // nested objects are neither expanded nor written through ToString()
    }

    [Fact]
    public void Framework_types_are_never_expanded_raw()
    {
        var values = Values(
            "[LogProperties] System.Uri callback, [LogProperties] System.Net.Http.Headers.AuthenticationHeaderValue auth, "
            + "[LogProperties] System.Collections.Generic.KeyValuePair<string, string> pair, System.Net.NetworkCredential login, System.Uri next");

        Assert.Equal(LoggedValueMode.Url, values["callback"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["auth"].Mode);
        Assert.Equal(LoggedValueMode.KeyValue, values["pair"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["login"].Mode);
        Assert.Equal(LoggedValueMode.Url, values["next"].Mode);
        Assert.DoesNotContain(values.Keys, k => k.Contains('.', StringComparison.Ordinal));
    }

    [Fact]
    public void Strings_named_as_urls_are_sanitized_and_secret_urls_masked()
    {
        var values = Values("string returnUrl, string passwordResetUrl, string orderId");

        Assert.Equal(LoggedValueMode.Url, values["returnUrl"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["passwordResetUrl"].Mode);
        Assert.Equal(LoggedValueMode.Plain, values["orderId"].Mode);
    }

    [Fact]
    public void In_a_sensitive_operation_identifiers_are_personal_and_everything_else_a_credential()
    {
        var values = Values("string email, string clientIp, string reason, string token, [Logged] string channel, [PersonalData(CorrelationDomain = \"person\")] string badge", sensitive: true);

        Assert.Equal((LoggedValueMode.Personal, null), values["email"]);
        Assert.Equal((LoggedValueMode.Personal, null), values["clientIp"]);
        Assert.Equal(LoggedValueMode.Redacted, values["reason"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["token"].Mode);
        Assert.Equal(LoggedValueMode.Plain, values["channel"].Mode);
        Assert.Equal((LoggedValueMode.Personal, "person"), values["badge"]);
    }

    [Fact]
    public void Masking_styles_apply_to_identifiers_never_to_credentials()
    {
        var values = Values("[Masked(ShowLast = 4)] string phone, [Masked(ShowFirst = 2, PreserveLength = true)] string accountRef, [Masked(ShowLast = 4)] string cardNo, [Masked(ShowLast = 5)] string cardNumber, [Masked(ShowLast = 2)] string pin, [Masked(ShowLast = 6)] string returnUrl");

        Assert.Equal((LoggedValueMode.Masked, "0,4,0"), values["phone"]);
        Assert.Equal((LoggedValueMode.Masked, "2,0,1"), values["accountRef"]);
        Assert.Equal((LoggedValueMode.Masked, "0,4,0"), values["cardNo"]); // PCI DSS: the last four digits may be shown
        Assert.Equal((LoggedValueMode.Redacted, null), values["cardNumber"]); // …not five
        Assert.Equal((LoggedValueMode.Redacted, null), values["pin"]);
        Assert.Equal((LoggedValueMode.Url, null), values["returnUrl"]); // the visible end of a raw URL would be a query value
    }

    [Fact]
    public void Booleans_and_enums_cannot_carry_a_secret_but_numbers_and_dates_can()
    {
        var values = Values("bool rememberPassword, System.DayOfWeek tokenDay, int pin, long otp, System.DateTime dob", sensitive: false);

        Assert.Equal(LoggedValueMode.Plain, values["rememberPassword"].Mode);
        Assert.Equal(LoggedValueMode.Plain, values["tokenDay"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["pin"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["otp"].Mode);
        Assert.Equal(LoggedValueMode.Plain, values["dob"].Mode); // personal, but logged as is outside sensitive operations unless marked or configured
    }

    [Fact]
    public void Markings_are_inherited_from_record_parameters_overridden_hidden_and_interface_properties()
    {
        var values = Values(
            "[LogProperties] Login login, [LogProperties] Derived derived, [LogProperties] Impl impl, [LogProperties] Hider hider",
            types: """
                public record Login(string User, [Sensitive] string Value, [PersonalData] string Phone);
                public class Base { [Sensitive] public virtual string Value { get; set; } = ""; }
                public class Derived : Base { public override string Value { get; set; } = ""; }
                public interface IHasValue { [Sensitive] string Value { get; } }
                public class Impl : IHasValue { public string Value => ""; }
                public class HiddenBase { [Sensitive] public string Value { get; set; } = ""; }
                public class Hider : HiddenBase { public new string Value => base.Value; }
                """);

        Assert.Equal(LoggedValueMode.Plain, values["login.User"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["login.Value"].Mode);
        Assert.Equal(LoggedValueMode.Personal, values["login.Phone"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["derived.Value"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["impl.Value"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["hider.Value"].Mode);
    }

    [Fact]
    public void A_type_named_like_a_credential_or_derived_from_one_holds_credentials_in_every_member()
    {
        var values = Values(
            "[LogProperties] Pat pat, [LogProperties] TokenDto dto, [LogProperties] PasswordResetRequest request",
            types: """
                public class ApiToken { public string Value { get; set; } = ""; }
                public class Pat : ApiToken { }
                public class TokenDto { public string Value { get; set; } = ""; }
                public class PasswordResetRequest { public string Email { get; set; } = ""; }
                """);

        Assert.Equal(LoggedValueMode.Redacted, values["pat.Value"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["dto.Value"].Mode);
        Assert.Equal(LoggedValueMode.Plain, values["request.Email"].Mode);
    }

    [Fact]
    public void Properties_that_would_break_the_build_or_are_not_logged_are_left_out()
    {
        var values = Values(
            "[LogProperties] Legacy legacy",
            types: """
                public class Legacy
                {
                    [System.Obsolete("gone", error: true)] public string Old { get; set; } = "";
                    [System.Diagnostics.CodeAnalysis.Experimental("ACME001")] public string Preview { get; set; } = "";
                    [NotLogged] public string Internal { get; set; } = "";
                    public int Kept { get; set; }
                }
                """);

        Assert.Equal(["legacy.Kept"], values.Keys);
    }

    [Fact]
    public void Counts_of_credentials_and_pagination_tokens_are_not_credentials()
    {
        var values = Values("int maxTokens, long promptTokens, string nextPageToken, string continuationToken, int pin, string tokens");

        Assert.Equal(LoggedValueMode.Plain, values["maxTokens"].Mode);
        Assert.Equal(LoggedValueMode.Plain, values["promptTokens"].Mode);
        Assert.Equal(LoggedValueMode.Plain, values["nextPageToken"].Mode);
        Assert.Equal(LoggedValueMode.Plain, values["continuationToken"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["pin"].Mode);
        Assert.Equal(LoggedValueMode.Redacted, values["tokens"].Mode); // a string of tokens holds them
    }
}
