using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Generators;

namespace Ipt.Domain.Tests.Properties;

/// <summary>Generated notes and labels, fed through every command that takes free text, never appear in an error,
/// an exception message or the printed form of anything reachable from the course.</summary>
public class PrivacyProperties
{
    private static readonly DateOnly Start = CourseScript.StartDate;

    [IptProperty(200)]
    public Property Notes_labels_and_descriptions_never_appear_in_any_message_or_printed_form()
    {
        return Prop.ForAll(PrivateTextGenerators.FiveTexts, texts =>
        {
            var printed = new List<string>();
            TreatmentCourse course = Drive(texts, printed);
            Collect(course, printed);
            string? leak = printed.FirstOrDefault(p => p.Contains(PrivateTextGenerators.Marker, StringComparison.Ordinal));
            return Prop.Label(leak is null, "leaked in: " + (leak ?? string.Empty).Replace(PrivateTextGenerators.Marker, "<marker>", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void The_privacy_property_sees_the_texts_it_guards()
    {
        // The texts must really reach the course (else the property above would hold vacuously).
        string[] texts = ["PRIV8-a", "PRIV8-b", "PRIV8-c", "PRIV8-d", "PRIV8-e"];
        TreatmentCourse course = Drive(texts, []);
        Assert.Equal("PRIV8-a", course.Sessions[0].Note!.Text);
        Assert.Contains(course.History, e => e is CourseDiscontinued { Note: not null });
        Assert.Contains(course.History, e => e is InventoryCompleted);
        Assert.Contains(course.History, e => e is FormulationAgreed f && f.Formulation.Foci.Any(x => x.Detail is RoleTransitionFocus));
        Assert.Contains(course.History, e => e is SafetyActionRecorded { Note: not null });
    }

    private static TreatmentCourse Drive(string[] t, List<string> printed)
    {
        ProtocolDefinition p = StandardIpt.Definition;
        TreatmentCourse c = CourseFixture.StartAny(CourseId.From(new Guid(9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9)), ClientRef.From("client-p"), p, Start);
        DateOnly day = Start;
        void Note<T>(Result<T> r)
        {
            if (r.Error is { } e)
            {
                printed.Add(e.ToString());
                printed.Add(e.Message);
            }
        }

        void Try(Action a)
        {
            try
            {
                a();
            }
            catch (ArgumentException ex)
            {
                printed.Add(ex.Message);
                printed.Add(ex.ToString());
            }
        }

        Try(() => Note(c.RecordSession(day = day.AddDays(1), Attendance.Attended, note: PrivateNote.From(t[0]))));
        Try(() => Note(c.RecordSession(day, Attendance.Attended, note: PrivateNote.From(t[0])))); // same day: rejected
        var onset = Start.AddDays(-56);
        var inventory = new InterpersonalInventory(
            onset,
            [
                new InventoryPerson { Id = PersonId.From(1), Label = PersonLabel.From(t[2]), Kind = RelationshipKind.Partner, Ring = ClosenessRing.From(1), Conflict = ConflictLevel.High, Expectations = MutualExpectations.NonReciprocal, Notes = PrivateNote.From(t[3]) },
                new InventoryPerson { Id = PersonId.From(2), Label = PersonLabel.From(t[2] + "2"), Kind = RelationshipKind.Friend, Ring = ClosenessRing.From(2) },
            ],
            [
                new LifeEvent(LifeEventKind.Dispute, onset.AddDays(-14)) { Person = PersonId.From(1), Note = PrivateNote.From(t[3]) },
                new LifeEvent(LifeEventKind.Transition, onset.AddDays(-20)) { Note = PrivateNote.From(t[4]) },
            ]);
        Try(() => Note(c.CompleteInventory(inventory, day)));
        Try(() => Note(c.CompleteInventory(inventory, day))); // twice: rejected
        foreach (TherapyTask task in p.Phases[0].RequiredTasks.ToList())
        {
            if (task is not (TherapyTask.InterpersonalInventory or TherapyTask.FormulationAgreed))
            {
                Try(() => Note(c.CompleteTask(task, day)));
            }
        }

        var transition = new RoleTransitionFocus(PrivateNote.From(t[4]), PrivateNote.From(t[4] + "new"), TransitionDomain.Retirement, false);
        var dispute = new RoleDisputeFocus(RelationshipKind.Partner, DisputeStage.Renegotiation) { OtherPartyPerson = PersonId.From(1) };
        Try(() => Note(c.AgreeFormulation(new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, [new FormulationFocus(ProblemArea.RoleDispute, dispute), new FormulationFocus(ProblemArea.RoleTransition, transition)]), day)));
        Try(() => Note(c.AgreeFormulation(new InterpersonalFormulation(TargetCondition.MajorDepressiveEpisode, [new FormulationFocus(ProblemArea.RoleTransition, transition), new FormulationFocus(ProblemArea.RoleTransition, transition)]), day)));
        Try(() => Note(c.RecordMeasure("phq-9", [2, 2, 2, 2, 2, 2, 2, 2, 2], day, atLatestSession: true)));
        Try(() => Note(c.RecordSafetyAction(1, SafetyAction.SafetyPlan, day, PrivateNote.From(t[1]))));
        Try(() => Note(c.RecordSafetyAction(99, SafetyAction.Referral, day, PrivateNote.From(t[1])))); // no such concern
        Try(() => Note(c.Discontinue(day.AddDays(1), DiscontinuationReason.ClientChoice, PrivateNote.From(t[1]))));
        Try(() => Note(c.Discontinue(day.AddDays(2), DiscontinuationReason.Other, PrivateNote.From(t[1])))); // closed: rejected
        Try(() => Note(c.RecordSession(day.AddDays(3), Attendance.Attended, note: PrivateNote.From(t[0]))));
        return c;
    }

    private static void Collect(TreatmentCourse c, List<string> printed)
    {
        printed.Add(c.ToString());
        printed.Add(c.ToSnapshot().ToString());
        printed.AddRange(c.History.Select(e => e.ToString()));
        printed.AddRange(c.Sessions.Select(s => s.ToString() + s.Note));
        printed.Add(c.Inventory?.ToString() ?? string.Empty);
        printed.AddRange(c.Inventory?.People.Select(x => x.ToString() + x.Label + x.Notes) ?? []);
        printed.Add(c.Formulation?.ToString() ?? string.Empty);
        printed.AddRange(c.Formulation?.Foci.Select(f => f.ToString() + f.Detail) ?? []);
        printed.AddRange(c.Findings().Select(f => f.ToString()));
        printed.AddRange(c.Due().Select(d => d.ToString()));
        printed.AddRange(c.SafetyConcerns().Select(s => s.ToString() + string.Join(";", s.Actions)));
        printed.AddRange(c.Measures().Select(m => m.ToString()));
        printed.Add(c.MeasureSeries("phq-9")?.ToString() ?? string.Empty);
        printed.AddRange(c.TaskCompletions().Select(x => x.ToString()));
        FidelityReport report = new FidelityReviewer().Review(c);
        printed.Add(report.ToString());
        printed.AddRange(report.Findings.Select(f => f.ToString()));
    }
}
