using System;
using AuditGen.Generators.Common;

namespace AuditGen.Runtime;

/// <summary>The fields of <see cref="AuditContext"/> a record carries, in the order it lists them.</summary>
[Flags]
internal enum ContextFields : byte
{
    None = 0,
    Actor = 1,
    Tenant = 2,
    Session = 4,
    ClientAddress = 8,
    RequestId = 16,
}

/// <summary>Reads the audit context into a record: which fields it has (fixed when the record is created, so a record's
/// key count never changes while a provider reads it), their keys and their values.</summary>
internal static class RecordContext
{
    private const int FieldCount = 5;

    public static ContextFields Present(AuditContext? context, AuditMethod method, ClientAddressStyle style)
    {
        if (context is null)
        {
            return ContextFields.None;
        }

        ContextFields fields = ContextFields.None;
        if (method.ActorIndex < 0 && context.ActorId is not null)
        {
            fields |= ContextFields.Actor;
        }

        if (context.TenantId is not null)
        {
            fields |= ContextFields.Tenant;
        }

        if (context.SessionHash is not null)
        {
            fields |= ContextFields.Session;
        }

        if (context.ClientAddress is not null && style != ClientAddressStyle.Omitted)
        {
            fields |= ContextFields.ClientAddress;
        }

        if (context.RequestId is not null)
        {
            fields |= ContextFields.RequestId;
        }

        return fields;
    }

    public static int Count(ContextFields fields)
    {
        int count = 0;
        for (int bits = (int)fields; bits != 0; bits &= bits - 1)
        {
            count++;
        }

        return count;
    }

    /// <summary>The <paramref name="n"/>-th field present in <paramref name="fields"/>.</summary>
    public static ContextFields At(ContextFields fields, int n)
    {
        for (int i = 0; i < FieldCount; i++)
        {
            var field = (ContextFields)(1 << i);
            if ((fields & field) != 0 && n-- == 0)
            {
                return field;
            }
        }

        return ContextFields.None;
    }

    public static string KeyOf(RecordKeyNames names, ContextFields field) => field switch
    {
        ContextFields.Actor => names.Actor,
        ContextFields.Tenant => names.Tenant,
        ContextFields.Session => names.Session,
        ContextFields.ClientAddress => names.ClientAddress,
        _ => names.RequestId,
    };

    /// <summary>The field's value as the record shows it: ids with control characters escaped (no forged lines), the
    /// client address in the style the record was created under, the session only as its hash.</summary>
    public static object? ValueOf(AuditContext context, ContextFields field, ClientAddressStyle style, RedactionKey? redaction)
    {
        try
        {
            return field switch
            {
                ContextFields.Actor => LogText.Plain(context.ActorId),
                ContextFields.Tenant => LogText.Plain(context.TenantId),
                ContextFields.Session => context.SessionHash,
                ContextFields.ClientAddress => ClientAddressMask.Apply(context.ClientAddress, style, redaction),
                _ => LogText.Plain(context.RequestId),
            };
        }
        catch (Exception)
        {
            return AuditLog.RedactedText;
        }
    }
}
