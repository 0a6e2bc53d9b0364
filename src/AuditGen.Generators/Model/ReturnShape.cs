namespace AuditGen.Generators.Model;

/// <summary>How the wrapper observes completion of the call.</summary>
internal enum ReturnShape
{
    /// <summary><c>void</c>: completes when <c>Core</c> returns.</summary>
    Void,

    /// <summary>Any non-awaitable type: completes when <c>Core</c> returns.</summary>
    Value,

    /// <summary><c>Task</c>.</summary>
    Task,

    /// <summary><c>Task&lt;T&gt;</c>.</summary>
    TaskOfT,

    /// <summary><c>ValueTask</c>.</summary>
    ValueTask,

    /// <summary><c>ValueTask&lt;T&gt;</c>.</summary>
    ValueTaskOfT,
}
