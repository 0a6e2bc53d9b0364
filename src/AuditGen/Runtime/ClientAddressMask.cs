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

        // Fails closed: text that is not an address is masked in every style but Full, which writes what it was given.
        IPAddress? parsed = Parse(address);
        return style switch
        {
            ClientAddressStyle.Full => parsed?.ToString() ?? LogText.Plain(address) as string ?? address,
            _ when parsed is null => AuditLog.RedactedText,
            // Hashed in its canonical form, so ::ffff:203.0.113.7 and 203.0.113.7, or 2001:DB8::1 and 2001:db8:0::1, correlate.
            ClientAddressStyle.Pseudonymized => AuditRedactor.Pseudonymize(parsed.ToString(), "client.address", redaction),
            _ => Truncate(parsed),
        };
    }

    /// <summary>
    /// The address in canonical form (IPv4-mapped IPv6 as IPv4, no zone), or <see langword="null"/> for anything else.
    /// <see cref="IPAddress.TryParse(string, out IPAddress)"/> also takes legacy IPv4 forms (<c>42</c>, <c>127.1</c>,
    /// <c>0x7f000001</c>) that no connection reports: only dotted quads of decimal digits and text with a colon count.
    /// </summary>
    internal static IPAddress? Parse(string address)
    {
        bool colon = address.IndexOf(':') >= 0;
        if (!colon && !IsDottedQuad(address))
        {
            return null;
        }

        if (!IPAddress.TryParse(address, out IPAddress? parsed))
        {
            return null;
        }

        if (parsed.IsIPv4MappedToIPv6)
        {
            return parsed.MapToIPv4();
        }

        return parsed.AddressFamily == AddressFamily.InterNetworkV6 ? new IPAddress(parsed.GetAddressBytes()) : parsed;
    }

    private static bool IsDottedQuad(string text)
    {
        int dots = 0;
        foreach (char c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return dots == 3;
    }

    private static string Truncate(IPAddress address)
    {
        byte[] bytes = address.GetAddressBytes();
        int keep = address.AddressFamily == AddressFamily.InterNetwork ? 3 : 6;
        for (int i = keep; i < bytes.Length; i++)
        {
            bytes[i] = 0;
        }

        return new IPAddress(bytes).ToString();
    }
}
