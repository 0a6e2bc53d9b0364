using System.Net;
using System.Net.Sockets;

namespace AuditGen.Runtime;

/// <summary>Writes a client address in the configured <see cref="ClientAddressStyle"/>.</summary>
internal static class ClientAddressMask
{
    /// <summary>The address as the record shows it, or <see langword="null"/> when the style omits it.</summary>
    public static string? Apply(string? address, ClientAddressStyle style, RedactionKey? redaction)
    {
        if (address is null || style == ClientAddressStyle.Omitted)
        {
            return null;
        }

        return style switch
        {
            ClientAddressStyle.Full => LogText.Plain(address) as string ?? address,
            ClientAddressStyle.Pseudonymized => AuditRedactor.Pseudonymize(address, "client.address", redaction),
            _ => Truncate(address),
        };
    }

    // Fails closed: text that is not an address is masked, not written.
    private static string Truncate(string address)
    {
        if (!IPAddress.TryParse(address, out IPAddress? parsed))
        {
            return AuditLog.RedactedText;
        }

        if (parsed.IsIPv4MappedToIPv6)
        {
            parsed = parsed.MapToIPv4();
        }

        byte[] bytes = parsed.GetAddressBytes();
        int keep = parsed.AddressFamily == AddressFamily.InterNetwork ? 3 : 6;
        for (int i = keep; i < bytes.Length; i++)
        {
            bytes[i] = 0;
        }

        return new IPAddress(bytes).ToString();
    }
}
