using System;
using System.Collections.Generic;
using System.Linq;
using Hl7.Fhir.Model;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Fhir;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Integration.Tests.Fhir;

internal static class FhirTestData
{
    public static readonly DateTimeOffset Issued = new(2026, 5, 1, 9, 30, 0, TimeSpan.Zero);

    public static FhirMappingSettings Settings { get; } = new() { Issued = Issued, LastUpdated = Issued };

    /// <summary>The QuestionnaireResponse the mapping writes for one measure (client <c>c-1</c> unless given).</summary>
    public static QuestionnaireResponse Response(string code, int[] answers, DateOnly on, FhirMappingSettings? settings = null, string client = "c-1") =>
        new MeasureRecorded(on, code, [.. answers], null).ToQuestionnaireResponse(ClientRef.From(client), settings ?? Settings);

    /// <summary>Simulated courses of one protocol (the real aggregate, seeded, so ids and events are reproducible).</summary>
    public static IReadOnlyList<TreatmentCourse> Simulated(ProtocolDefinition protocol, int count, long seed, double attendance = 0.85, double dropout = 0.01) =>
        CohortSimulator.Default.Run(new SimulationSettings
        {
            Protocol = protocol,
            CohortSize = count,
            Seed = seed,
            AttendanceProbability = attendance,
            NoShowProbability = Math.Min(0.08, 1 - attendance),
            DropoutPerSession = dropout,
            KeepCourses = true,
            ReviewFidelity = false,
            MaxDegreeOfParallelism = 1,
        }).Courses.Select(c => c.Course).ToList();

    /// <summary>A completed 16-session standard-IPT course with PHQ-9 scores (seed 7, every session attended).</summary>
    public static TreatmentCourse SixteenSessions() =>
        Simulated(StandardIpt.Definition, 8, seed: 7, attendance: 1, dropout: 0)
            .First(c => c.Status == Phases.CourseStatus.Completed && c.Sessions.Count == 16);

    /// <summary>A simulated standard-IPT course with at least one safety concern that has an action recorded.</summary>
    public static TreatmentCourse WithSafetyAction() =>
        Simulated(StandardIpt.Definition, 200, seed: 3)
            .First(c => c.SafetyConcerns().Any(k => !k.IsOpen));

    /// <summary>The course's history with <paramref name="note"/> on every event that can hold a note, replayed.</summary>
    public static TreatmentCourse WithNotes(TreatmentCourse course, PrivateNote note)
    {
        var history = course.History.Select(e => e switch
        {
            SessionRecorded s => s with { Note = note },
            SafetyActionRecorded a => a with { Note = note },
            CourseDiscontinued d => d with { Note = note },
            _ => e,
        }).ToList();
        return TreatmentCourse.FromHistory(history, course.Protocol).Value;
    }
}
