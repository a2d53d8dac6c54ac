using System;
using System.Collections.Immutable;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Courses;

/// <summary>An immutable copy of a course's state and record with value equality over everything the history holds:
/// the events themselves (every field, command ids and corrections included, nested lists compared element by
/// element), and the state folded from them (sessions, measures, SRM weeks, safety concerns and their actions, session
/// work, inventory, formulation). Two courses with equal snapshots hold the same record in the same state; this is the
/// one comparison the replay properties use.</summary>
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
/// <param name="Sessions">Every recorded session, as corrected.</param>
/// <param name="History">Every event, oldest first, as stored (corrections included).</param>
/// <param name="Measures">Every item-scored measure, as corrected, rescored.</param>
/// <param name="SocialRhythmWeeks">Every SRM-5 week, as corrected, rescored.</param>
/// <param name="SafetyConcerns">Every safety concern with the actions recorded on it, as corrected.</param>
/// <param name="SessionWork">What each session worked on, oldest first.</param>
/// <param name="Inventory">The completed interpersonal inventory, or null.</param>
/// <param name="Formulation">The agreed formulation, or null.</param>
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
    ImmutableArray<SessionRecord> Sessions,
    ImmutableArray<CourseEvent> History,
    ImmutableArray<CourseMeasure> Measures,
    ImmutableArray<CourseSocialRhythmWeek> SocialRhythmWeeks,
    ImmutableArray<SafetyConcern> SafetyConcerns,
    ImmutableArray<SessionWorkRecorded> SessionWork,
    InterpersonalInventory? Inventory,
    InterpersonalFormulation? Formulation)
{
    /// <inheritdoc />
    public bool Equals(CourseSnapshot? other) => other is not null && FirstDifference(other) is null;

    /// <summary>The name of the first member that differs from <paramref name="other"/>'s, or null when equal (for test
    /// messages: the snapshot's own text does not print its lists).</summary>
    internal string? FirstDifference(CourseSnapshot other) =>
        Id != other.Id ? nameof(Id) : Client != other.Client ? nameof(Client) : ProtocolId != other.ProtocolId ? nameof(ProtocolId)
        : State != other.State ? nameof(State) : StartedOn != other.StartedOn ? nameof(StartedOn)
        : LastActivityOn != other.LastActivityOn ? nameof(LastActivityOn) : ContractedSessions != other.ContractedSessions ? nameof(ContractedSessions)
        : SessionsHeld != other.SessionsHeld ? nameof(SessionsHeld) : Version != other.Version ? nameof(Version)
        : CompletedTasks != other.CompletedTasks ? nameof(CompletedTasks) : DiscontinuationReason != other.DiscontinuationReason ? nameof(DiscontinuationReason)
        : Continuation != other.Continuation ? nameof(Continuation) : InventoryCompletedOn != other.InventoryCompletedOn ? nameof(InventoryCompletedOn)
        : FormulationAgreedOn != other.FormulationAgreedOn ? nameof(FormulationAgreedOn) : DisputeStage != other.DisputeStage ? nameof(DisputeStage)
        : !FocusAreas.AsSpan().SequenceEqual(other.FocusAreas.AsSpan()) ? nameof(FocusAreas)
        : !Sessions.AsSpan().SequenceEqual(other.Sessions.AsSpan()) ? nameof(Sessions)
        : !SessionWork.AsSpan().SequenceEqual(other.SessionWork.AsSpan()) ? nameof(SessionWork)
        : !RecordEquality.Events(History, other.History) ? nameof(History)
        : !RecordEquality.Sequence(Measures, other.Measures, RecordEquality.Measure) ? nameof(Measures)
        : !RecordEquality.Sequence(SocialRhythmWeeks, other.SocialRhythmWeeks, RecordEquality.Week) ? nameof(SocialRhythmWeeks)
        : !RecordEquality.Sequence(SafetyConcerns, other.SafetyConcerns, RecordEquality.Concern) ? nameof(SafetyConcerns)
        : !RecordEquality.Inventory(Inventory, other.Inventory) ? nameof(Inventory)
        : !RecordEquality.Formulation(Formulation, other.Formulation) ? nameof(Formulation)
        : null;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, State, Version, SessionsHeld, CompletedTasks);
}
