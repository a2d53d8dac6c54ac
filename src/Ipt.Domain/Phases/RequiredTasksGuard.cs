using Ipt.Domain.Primitives;

namespace Ipt.Domain.Phases;

/// <summary>All tasks a phase requires are completed.</summary>
public sealed class RequiredTasksGuard : PhaseGuard
{
    private readonly string _phaseName;

    internal RequiredTasksGuard(PhaseDefinition phase)
        : base(phase.DisplayName.ToLowerInvariant() + " tasks complete", PhaseErrors.TasksIncomplete)
    {
        Required = phase.RequiredTasks;
        _phaseName = phase.DisplayName;
    }

    /// <summary>The tasks required.</summary>
    public TaskSet Required { get; }

    /// <inheritdoc />
    public override DomainError? Evaluate(in PhaseContext context)
    {
        TaskSet missing = Required.Except(context.CompletedTasks);
        if (missing.IsEmpty)
        {
            return null;
        }

        var names = new System.Collections.Generic.List<string>();
        foreach (TherapyTask t in missing.ToList())
        {
            names.Add(TherapyTasks.DisplayName(t));
        }

        return new DomainError(
            PhaseErrors.TaskMissingCode(missing.First()!.Value),
            _phaseName + " tasks not yet completed: " + string.Join(", ", names) + ".");
    }
}
