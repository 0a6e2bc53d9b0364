using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace AuditGen.Samples.AuthApi.Security;

/// <summary>Turns a client address into what the logs may keep, per <see cref="AuthApiOptions.ClientIpMode"/>.</summary>
public sealed class ClientIpMasker(IOptions<AuthApiOptions> options)
{
    public string Mask(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return options.Value.ClientIpMode switch
        {
            ClientIpMode.Full => address.ToString(),
            ClientIpMode.Hash => AuditLog.Pseudonymize(address.ToString(), "client.address"),
            _ => Truncate(address),
        };
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
