using System;
using System.Collections.Immutable;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>An immutable copy of a course's state with structural equality (including the session list). Two
/// courses with equal snapshots are the same course in the same state.</summary>
/// <param name="Id">The course.</param>
/// <param name="Client">Opaque client reference.</param>
/// <param name="ProtocolId">The protocol's id.</param>
/// <param name="State">Phase or final status.</param>
/// <param name="StartedOn">Start date.</param>
/// <param name="LastActivityOn">Date of the latest event.</param>
/// <param name="ContractedSessions">Sessions in the contract.</param>
/// <param name="SessionsHeld">Contract sessions held.</param>
/// <param name="Version">Number of events.</param>
/// <param name="CompletedTasks">Tasks completed.</param>
/// <param name="DiscontinuationReason">Why the course was discontinued, or null.</param>
/// <param name="Continuation">The decision on what follows the course, or null.</param>
/// <param name="InventoryCompletedOn">Date the inventory was completed, or null.</param>
/// <param name="FormulationAgreedOn">Date the formulation was agreed, or null.</param>
/// <param name="FocusAreas">Focus areas of the agreed formulation.</param>
/// <param name="DisputeStage">Stage of a role-dispute focus, or null.</param>
/// <param name="Sessions">Every recorded session.</param>
public sealed record CourseSnapshot(
    CourseId Id,
    ClientRef Client,
    string ProtocolId,
    CourseState State,
    DateOnly StartedOn,
    DateOnly LastActivityOn,
    int ContractedSessions,
    int SessionsHeld,
    int Version,
    TaskSet CompletedTasks,
    DiscontinuationReason? DiscontinuationReason,
    ContinuationDecision? Continuation,
    DateOnly? InventoryCompletedOn,
    DateOnly? FormulationAgreedOn,
    ImmutableArray<Ipt.Domain.ProblemAreas.ProblemArea> FocusAreas,
    Ipt.Domain.ProblemAreas.DisputeStage? DisputeStage,
    ImmutableArray<SessionRecord> Sessions)
{
    /// <inheritdoc />
    public bool Equals(CourseSnapshot? other) =>
        other is not null &&
        Id == other.Id && Client == other.Client && ProtocolId == other.ProtocolId && State == other.State &&
        StartedOn == other.StartedOn && LastActivityOn == other.LastActivityOn &&
        ContractedSessions == other.ContractedSessions && SessionsHeld == other.SessionsHeld && Version == other.Version &&
        CompletedTasks == other.CompletedTasks && DiscontinuationReason == other.DiscontinuationReason &&
        Continuation == other.Continuation && InventoryCompletedOn == other.InventoryCompletedOn &&
        FormulationAgreedOn == other.FormulationAgreedOn && DisputeStage == other.DisputeStage &&
        FocusAreas.AsSpan().SequenceEqual(other.FocusAreas.AsSpan()) &&
        Sessions.AsSpan().SequenceEqual(other.Sessions.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, State, Version, SessionsHeld, CompletedTasks);
}
