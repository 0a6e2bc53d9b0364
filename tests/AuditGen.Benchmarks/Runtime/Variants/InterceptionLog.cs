using System.Diagnostics;
using System.Reflection;

namespace AuditGen.Benchmarks.Runtime.Variants;

/// <summary>
/// What runtime AOP decorators do (DispatchProxy, Castle, AspectInjector): read the arguments from an <c>object[]</c>,
/// mask the ones whose parameter name is a secret, and log with a template — per call, by reflection.
/// </summary>
public static class InterceptionLog
{
    public static object? Intercept(ILogger logger, MethodInfo method, object?[] args, Func<object?> proceed)
    {
        long start = Stopwatch.GetTimestamp();
        object? result = proceed();
        if (result is Task<int> task)
        {
            return task.IsCompletedSuccessfully ? LogAndReturn(logger, method, args, start, task) : AwaitAndLog(logger, method, args, start, task);
        }

        if (result is ValueTask<int> valueTask)
        {
            return valueTask.IsCompletedSuccessfully ? LogAndReturn(logger, method, args, start, valueTask) : new ValueTask<int>(AwaitAndLog(logger, method, args, start, valueTask.AsTask()));
        }

        return LogAndReturn(logger, method, args, start, result);
    }

    private static T LogAndReturn<T>(ILogger logger, MethodInfo method, object?[] args, long start, T result)
    {
        Write(logger, method, args, start);
        return result;
    }

    private static async Task<int> AwaitAndLog(ILogger logger, MethodInfo method, object?[] args, long start, Task<int> task)
    {
        int result = await task.ConfigureAwait(false);
        Write(logger, method, args, start);
        return result;
    }

    private static void Write(ILogger logger, MethodInfo method, object?[] args, long start)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        ParameterInfo[] parameters = method.GetParameters();
        var logged = new object?[parameters.Length + 3];
        logged[0] = Work.Operation;
        logged[1] = "Succeeded";
        logged[2] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        for (int i = 0; i < parameters.Length; i++)
        {
            logged[i + 3] = parameters[i].Name == "password" ? Work.Masked : args[i];
        }

        logger.Log(LogLevel.Information, 0, Work.Template, logged);
    }
}
