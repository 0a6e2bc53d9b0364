namespace AuditGen;

/// <summary>The values of the <c>Outcome</c> key in audit records and of the <c>outcome</c> metric tag.</summary>
public static class AuditOutcome
{
    /// <summary>The method returned (or its task completed) normally.</summary>
    public const string Succeeded = "Succeeded";

    /// <summary>The method threw, or its task faulted, with an exception other than <see cref="System.OperationCanceledException"/>.</summary>
    public const string Failed = "Failed";

    /// <summary>The method threw <see cref="System.OperationCanceledException"/>, or its task was canceled.</summary>
    public const string Canceled = "Canceled";

    /// <summary>The intent record of an operation marked <c>Required = true</c>, written before its body runs: with no
    /// matching completion record, it shows an operation that began and never finished (a crash, a killed process).</summary>
    public const string Started = "Started";

    /// <summary>The outcome of a call that ended with <paramref name="exception"/>, or <see cref="Succeeded"/> when it is <see langword="null"/>.</summary>
    /// <param name="exception">The exception the call ended with, if any.</param>
    /// <returns>One of the outcome constants.</returns>
    public static string Of(System.Exception? exception) => exception switch
    {
        null => Succeeded,
        System.OperationCanceledException => Canceled,
        _ => Failed,
    };
}
