using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace AuditGen.Runtime;

/// <summary>
/// Ends a call when the task <c>Core</c> returned completes: the only allocations of an audited call that truly awaits.
/// It is registered before the wrapper returns the task and runs synchronously on the default scheduler, so the record
/// is usually written before the caller's own continuation runs (README, "Awaitable methods", lists the exceptions: a
/// task that runs its continuations asynchronously, or one completing inside a context that inlines the caller's).
/// </summary>
/// <typeparam name="TValues">The logged values.</typeparam>
internal sealed class AuditContinuation<TValues>
    where TValues : struct, IAuditValues
{
    private static readonly Action<Task, object?> OnCompletedAction = static (task, state) => ((AuditContinuation<TValues>)state!).OnCompleted(task);

    private AuditCall<TValues> _call;

    private AuditContinuation(AuditCall<TValues> call) => _call = call;

    public static void Attach(Task task, AuditCall<TValues> call) =>
        task.ContinueWith(OnCompletedAction, new AuditContinuation<TValues>(call), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private void OnCompleted(Task task)
    {
        // Runs inline on whatever thread completed the task: leave that thread's Activity.Current as it found it.
        Activity? current = Activity.Current;
        try
        {
            _call.FinishFrom(task, current);
        }
        catch (Exception)
        {
            // Finishing is guarded throughout; this only keeps a bug of ours from crashing a thread-pool thread.
        }
    }
}
