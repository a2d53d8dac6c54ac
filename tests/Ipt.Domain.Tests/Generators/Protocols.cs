using Ipt.Domain.Phases;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Generators;

/// <summary>Protocols the generators and tests run courses on.</summary>
internal static class TestProtocols
{
    /// <summary>Standard IPT with its defaults.</summary>
    public static ProtocolDefinition Standard => StandardIpt.Definition;

    /// <summary>Standard IPT with IPT-UK's four-session initial phase and a two-session termination.</summary>
    public static ProtocolDefinition IptUk { get; } = StandardIpt.Create(new StandardIptSettings
    {
        Id = "ipt-uk",
        InitialSessions = 4,
        TerminationSessions = 2,
        TerminationNoticeSessions = 2,
        AllowMaintenance = false,
    }).Value;

    /// <summary>An eight-session protocol with an optional, uncounted engagement session and no-shows counted.</summary>
    public static ProtocolDefinition WithEngagement { get; } = ProtocolDefinition.Create("test-engagement", "Test protocol with engagement")
        .Abbreviation("TEST-E")
        .Sessions(planned: 8, minimum: 6, maximum: 8, hardCap: 10)
        .Phase(PhaseKind.Engagement, SessionRange.PreTreatment(1), "Engagement session", optional: true)
        .Phase(PhaseKind.Initial, SessionRange.Of(1, 2), tasks: TaskSet.Of(TherapyTask.InterpersonalInventory, TherapyTask.FormulationAgreed))
        .Phase(PhaseKind.Middle, SessionRange.Of(3, 6))
        .Phase(PhaseKind.Termination, SessionRange.Of(7, 8), tasks: TaskSet.Of(TherapyTask.EndingRaised, TherapyTask.ProgressReviewed))
        .AllowEarly(TherapyTask.EndingRaised, PhaseKind.Middle)
        .TerminationNotice(2)
        .CountAsContractSession(Ipt.Domain.Primitives.Attendance.Attended, Ipt.Domain.Primitives.Attendance.NoShow)
        .Build().Value;

    /// <summary>Every protocol the properties run on.</summary>
    public static ProtocolDefinition[] All => [Standard, IptUk, WithEngagement];
}
