using System;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Courses;
using Ipt.Domain.Tests.Measures;

namespace Ipt.Domain.Tests.Fidelity;

/// <summary>Courses built to pass or break one fidelity rule each.</summary>
internal static class FidelityScenarios
{
    public static TreatmentCourse Session(this TreatmentCourse c, int gapDays, Attendance attendance = Attendance.Attended)
    {
        DateOnly on = c.Sessions.Count == 0 ? CourseFixture.Start : c.Sessions[^1].Date.AddDays(gapDays);
        Assert.True(c.RecordSession(on, attendance).IsSuccess);
        return c;
    }

    /// <summary>Records weekly attended sessions, with the standard schedule's PHQ-9 and GAD-7 at attended sessions 1, 5, 9, 13.</summary>
    public static TreatmentCourse MeasuredSessions(this TreatmentCourse c, int count)
    {
        for (int i = 0; i < count; i++)
        {
            c.Session(7);
            foreach (MeasureDue due in c.MeasuresDue())
            {
                Result<MeasureRecording> r = due.InstrumentCode == "phq-9"
                    ? c.RecordMeasure("phq-9", CourseMeasuresTests.Phq(1), c.LastActivityOn, atLatestSession: true)
                    : c.RecordMeasure("gad-7", CourseMeasuresTests.Gad(1), c.LastActivityOn, atLatestSession: true);
                Assert.True(r.IsSuccess);
            }
        }

        return c;
    }

    /// <summary>A standard IPT course that follows the protocol: 16 weekly sessions, tasks in their phases, ending raised
    /// with 3 sessions left, measures on schedule.</summary>
    public static TreatmentCourse Conforming()
    {
        TreatmentCourse c = CourseFixture.NewCourse().MeasuredSessions(3).InitialTasks().Fire(CourseTrigger.BeginMiddlePhase)
            .MeasuredSessions(10).Tasks(TherapyTask.EndingRaised).Fire(CourseTrigger.BeginTerminationPhase)
            .MeasuredSessions(3).TerminationTasks();
        Assert.True(c.Complete(c.LastActivityOn).IsSuccess);
        return c;
    }

    /// <summary>Standard IPT with the formulation required only in the middle phase, so the middle phase can begin before agreement.</summary>
    public static ProtocolDefinition LateAgreementProtocol { get; } = ProtocolDefinition.Create("test-late-agreement", "Test protocol: agreement in the middle phase")
        .Sessions(planned: 12, minimum: 10, maximum: 12, hardCap: 14)
        .Phase(PhaseKind.Initial, SessionRange.Of(1, 3), tasks: TaskSet.Of(TherapyTask.InterpersonalInventory))
        .Phase(PhaseKind.Middle, SessionRange.Of(4, 10), tasks: TaskSet.Of(TherapyTask.FormulationAgreed))
        .Phase(PhaseKind.Termination, SessionRange.Of(11, 12), tasks: TaskSet.Of(TherapyTask.EndingRaised))
        .TerminationNotice(2)
        .Build().Value;

    /// <summary>Standard IPT whose schedule is the IPSRT weekly SRM.</summary>
    public static ProtocolDefinition SrmProtocol { get; } =
        StandardIpt.Create(new StandardIptSettings { Id = "ipt-srm", Measurement = MeasurementSchedule.IpsrtWeeklySrm }).Value;

    /// <summary>A flexible-cadence protocol: the cadence rule does not apply.</summary>
    public static ProtocolDefinition FlexibleProtocol { get; } = StandardIpt.Definition.ToBuilder("ipt-flexible", "IPT, flexible cadence")
        .Cadence(Cadence.Flexible).Build().Value;
}

