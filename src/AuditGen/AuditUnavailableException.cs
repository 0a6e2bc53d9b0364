using System;

namespace AuditGen;

/// <summary>
/// Thrown by an operation marked <c>[Audit(…, Required = true)]</c> when its audit record cannot be written: no logger,
/// the record's level (or <c>Error</c>, the level of its failure record) is disabled, or the provider threw while the
/// intent record was written. It is thrown <b>before</b> the operation's body runs, so nothing happened unaudited.
/// </summary>
public sealed class AuditUnavailableException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation that was refused.</param>
    /// <param name="reason">Why its record cannot be written.</param>
    /// <param name="innerException">The provider's exception, if one threw.</param>
    public AuditUnavailableException(string operation, string reason, Exception? innerException = null)
        : base($"The audit record of '{operation}' cannot be written ({reason}); the operation was not run because it requires an audit trail.", innerException)
    {
        Operation = operation;
        Reason = reason;
    }

    /// <summary>Gets the operation that was refused.</summary>
    public string Operation { get; }

    /// <summary>Gets why its record cannot be written: <c>no logger</c>, <c>level disabled</c> or <c>provider failed</c>.</summary>
    public string Reason { get; }
}
