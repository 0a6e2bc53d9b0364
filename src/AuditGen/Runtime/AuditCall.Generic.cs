using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace AuditGen.Runtime;

/// <summary>
/// One audited call in progress: its logger, logged values, start time and <see cref="Activity"/>. It ends exactly once,
/// whichever of <see cref="End"/> or a task's completion comes first to own it, and nothing it does can throw into the
/// audited call. Used by generated code; see <see cref="AuditCall"/>.
/// </summary>
/// <typeparam name="TValues">The logged values.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
[StructLayout(LayoutKind.Auto)]
public partial struct AuditCall<TValues>
    where TValues : struct, IAuditValues
{
    private const int Inactive = 0;
    private const int Running = 1;
    private const int Ended = 2;

    private readonly AuditMethod _method;
    private readonly ILogger? _logger;
    private readonly TValues _values;
    private readonly long _startTimestamp;
    private readonly Activity? _activity;
    private readonly Activity? _previous;
    private readonly LogLevel? _enabledLevel;
    private readonly AuditContext? _context;
    private Exception? _exception;
    private int _state;

    private AuditCall(AuditMethod method, ILogger? logger, TValues values, Activity? activity, Activity? previous, LogLevel? enabledLevel, AuditContext? context)
    {
        _context = context;
        _enabledLevel = enabledLevel;
        _method = method;
        _logger = logger;
        _values = values;
        _activity = activity;
        _previous = previous;
        _exception = null;
        _state = Running;
        _startTimestamp = Stopwatch.GetTimestamp();
    }

    /// <summary>Remembers the exception the call is ending with. Called from an exception filter: it returns
    /// <see langword="false"/>, so the exception is never caught and reaches the caller as the same instance with its
    /// original stack. The record is written later, by <see cref="End"/>, after <c>Core</c>'s own <c>finally</c>
    /// blocks: if one of them throws, the newer exception replaces this one and the call still ends once.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>Always <see langword="false"/>.</returns>
    public bool Fail(Exception exception)
    {
        _exception = exception;
        return false;
    }

    /// <summary>Ends a call that <see cref="Complete(Task)"/> did not take over: writes its records, stops its activity
    /// and restores the caller's <see cref="Activity.Current"/>. Called from the wrapper's <c>finally</c> block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void End()
    {
        if (_state != Running)
        {
            return;
        }

        _state = Ended;
        Finish(AuditOutcome.Of(_exception), _exception, _previous);
    }

    /// <summary>Observes a <see cref="Task"/> returned by <c>Core</c> and returns that same task, with all its exceptions.</summary>
    /// <param name="task">The task.</param>
    /// <returns><paramref name="task"/>.</returns>
    public Task Complete(Task task)
    {
        if (TakeOver())
        {
            Observe(task);
        }

        return task;
    }

    /// <summary>Observes a <see cref="Task{TResult}"/> returned by <c>Core</c> and returns that same task.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="task">The task.</param>
    /// <returns><paramref name="task"/>.</returns>
    public Task<TResult> Complete<TResult>(Task<TResult> task)
    {
        if (TakeOver())
        {
            Observe(task);
        }

        return task;
    }

    /// <summary>Observes a <see cref="ValueTask"/> returned by <c>Core</c>. A completed one is returned as it is; any other
    /// is read once, through its task, which the caller then gets.</summary>
    /// <param name="task">The value task.</param>
    /// <returns>A value task equivalent to <paramref name="task"/>.</returns>
    public ValueTask Complete(ValueTask task)
    {
        if (!TakeOver())
        {
            return task;
        }

        if (task.IsCompletedSuccessfully)
        {
            Finish(AuditOutcome.Succeeded, null, _previous);
            return task;
        }

        Task asTask = task.AsTask();
        Observe(asTask);
        return new ValueTask(asTask);
    }

    /// <summary>Observes a <see cref="ValueTask{TResult}"/> returned by <c>Core</c>; see <see cref="Complete(ValueTask)"/>.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="task">The value task.</param>
    /// <returns>A value task equivalent to <paramref name="task"/>.</returns>
    public ValueTask<TResult> Complete<TResult>(ValueTask<TResult> task)
    {
        if (!TakeOver())
        {
            return task;
        }

        if (task.IsCompletedSuccessfully)
        {
            Finish(AuditOutcome.Succeeded, null, _previous);
            return task;
        }

        Task<TResult> asTask = task.AsTask();
        Observe(asTask);
        return new ValueTask<TResult>(asTask);
    }

    // Start and Finish keep their exception handling in separate, rarely called helpers (AuditCallGuards): a method
    // with a try block is not inlined, and these run on every call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static AuditCall<TValues> Start(AuditMethod method, ILogger? logger, TValues values)
    {
        if (method is null)
        {
            return default; // never expected: descriptors are created before their first use
        }

        logger ??= AuditCallGuards.ResolveFallback(method);
        if (method.Required)
        {
            // Throws before Core runs when the record cannot be written: the one exception to "never break the call".
            AuditCallGuards.WriteIntent(method, logger, values, AuditContext.Current);
        }

        LogLevel? enabled = AuditLogWriter.FirstEnabled(logger, method.LevelsToCheck);
        if (enabled is null && !AuditTelemetry.IsListenedTo)
        {
            return default;
        }

        Activity? previous = null;
        Activity? activity = null;
        if (AuditTelemetry.HasActivityListeners)
        {
            previous = Activity.Current;
            activity = AuditCallGuards.StartActivity(method, previous);
        }

        // The context is captured here, not read when the record is written: a task may complete on another flow.
        return new AuditCall<TValues>(method, logger, values, activity, previous, enabled, AuditContext.Current);
    }

    private bool TakeOver()
    {
        if (_state != Running)
        {
            return false;
        }

        _state = Ended;
        return true;
    }

    private void Observe(Task? task)
    {
        if (task is null)
        {
            // The caller gets the null it asked for; the record says the call did not produce a task.
            Finish(AuditOutcome.Failed, new InvalidOperationException($"'{_method.Operation}' returned a null task."), _previous);
        }
        else if (task.IsCompleted)
        {
            FinishFrom(task, _previous);
        }
        else
        {
            AuditContinuation<TValues>.Attach(task, this);

            // The caller continues while the task runs: give it back its own activity.
            if (_activity is not null)
            {
                Activity.Current = _previous;
            }
        }
    }

    internal void FinishFrom(Task task, Activity? restore)
    {
        if (task.Status == TaskStatus.RanToCompletion)
        {
            Finish(AuditOutcome.Succeeded, null, restore);
        }
        else if (task.IsCanceled)
        {
            Finish(AuditOutcome.Canceled, null, restore);
        }
        else
        {
            AggregateException? faults = task.Exception;
            Exception? exception = faults?.InnerExceptions.Count == 1 ? faults.InnerException : faults;
            Finish(AuditOutcome.Of(exception), exception, restore);
        }
    }
}
