using System;
using Ardalis.GuardClauses;

namespace Ipt.Domain.Phases;

/// <summary>One phase of a protocol: its identity, the name clinicians use, its planned sessions and the tasks
/// it requires before it may be left.</summary>
public sealed record PhaseDefinition
{
    /// <summary>Defines a phase.</summary>
    /// <param name="kind">Stable identity of the phase.</param>
    /// <param name="displayName">Name shown to clinicians, e.g. "Initial phase" or "Ending phase".</param>
    /// <param name="sessions">Planned sessions.</param>
    /// <param name="requiredTasks">Tasks that must be completed before the phase is left.</param>
    /// <param name="isOptional">True when a course may pass through the phase without holding a session in it
    /// (an optional engagement session, optional maintenance).</param>
    /// <exception cref="ArgumentException"><paramref name="displayName"/> is null or blank.</exception>
    public PhaseDefinition(PhaseKind kind, string displayName, SessionRange sessions, TaskSet requiredTasks = default, bool isOptional = false)
    {
        Guard.Against.NullOrWhiteSpace(displayName);
        Kind = kind;
        DisplayName = displayName;
        Sessions = sessions;
        RequiredTasks = requiredTasks;
        IsOptional = isOptional;
    }

    /// <summary>Stable identity of the phase.</summary>
    public PhaseKind Kind { get; }

    /// <summary>Name shown to clinicians.</summary>
    public string DisplayName { get; }

    /// <summary>Planned sessions.</summary>
    public SessionRange Sessions { get; }

    /// <summary>Tasks that must be completed before the phase is left.</summary>
    public TaskSet RequiredTasks { get; }

    /// <summary>True when a course may pass through the phase without a session in it.</summary>
    public bool IsOptional { get; }
}
