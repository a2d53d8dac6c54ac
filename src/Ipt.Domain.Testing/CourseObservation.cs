using System;
using System.Collections.Generic;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Testing;

/// <summary>What <see cref="CourseInvariants"/> reads of a course: its public state and history, taken once. The
/// checker works on this copy so that its own tests can hand it a course whose facts disagree, one at a time — a
/// course the library itself never produces.</summary>
internal sealed record CourseObservation(
    ProtocolDefinition Protocol,
    IReadOnlyList<CourseEvent> History,
    IReadOnlyList<CourseEvent> Record,
    int Version,
    DateOnly StartedOn,
    DateOnly LastActivityOn,
    int ContractedSessions,
    int SessionsHeld,
    int RemainingSessions,
    IReadOnlyList<SessionRecord> Sessions,
    int SessionsAttended,
    TaskSet CompletedTasks,
    InterpersonalFormulation? Formulation,
    InterpersonalInventory? Inventory,
    CourseStatus Status,
    DiscontinuationReason? DiscontinuationReason,
    PhaseKind? CurrentPhase,
    CourseSnapshot Snapshot)
{
    /// <summary>The observation of a course as it is.</summary>
    internal static CourseObservation Of(TreatmentCourse c) => new(
        c.Protocol, c.History, c.CorrectedHistory, c.Version, c.StartedOn, c.LastActivityOn, c.ContractedSessions,
        c.SessionsHeld, c.RemainingSessions, c.Sessions, c.SessionsAttended, c.CompletedTasks, c.Formulation, c.Inventory,
        c.Status, c.DiscontinuationReason, c.CurrentPhase?.Kind, c.ToSnapshot());
}
