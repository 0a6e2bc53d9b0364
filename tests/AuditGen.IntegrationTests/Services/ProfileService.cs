namespace AuditGen.IntegrationTests.Services;

/// <summary>Personal data, masks, URLs and headers as the generator classifies them, for end-to-end value-mode tests.</summary>
public sealed partial class ProfileService(ILogger<ProfileService> logger)
{
    [Audit("profile_update")]
    public partial void Update(
        [PersonalData] string email,
        [PersonalData(CorrelationDomain = "customer.email")] string recoveryEmail,
        [PersonalData(CorrelationDomain = "customer.email")] string billingEmail,
        [Masked(ShowLast = 4, PreserveLength = true)] string accountNumber,
        Uri callbackUrl,
        string returnUrl,
        KeyValuePair<string, string> header,
        string note);

    [Audit("pin_check")]
    public partial bool CheckPin([PersonalData] string email, string pin);

    private void UpdateCore(string email, string recoveryEmail, string billingEmail, string accountNumber, Uri callbackUrl, string returnUrl, KeyValuePair<string, string> header, string note)
    {
    }

    private bool CheckPinCore(string email, string pin) => pin.Length == 4;
}
