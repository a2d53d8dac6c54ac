using Ardalis.GuardClauses;
using Ipt.Domain.Measures;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>Settings of Interpersonal Counseling, with documented defaults (brief §12, C29).</summary>
public sealed record InterpersonalCounselingSettings
{
    /// <summary>Protocol id. Default <c>ipc</c>.</summary>
    public string Id { get; init; } = InterpersonalCounseling.Id;

    /// <summary>Most sessions. Default 6: "max 6" [S38], the six-session GP version [S77], IPC-C 3–6 [S79] (C29).</summary>
    public int MaximumSessions { get; init; } = 6;

    /// <summary>Fewest sessions. Default 3: the three-session outline [S78] and IPT-EST [S81] (C29).</summary>
    public int MinimumSessions { get; init; } = 3;

    /// <summary>Longest session in minutes. Default 30: "first up to 30 min, later briefer" [S38] (C28).</summary>
    public int MaxSessionMinutes { get; init; } = 30;

    /// <summary>Shortest planned session in minutes. Default 15 (unconfirmed; "later briefer" [S38]).</summary>
    public int MinSessionMinutes { get; init; } = 15;

    /// <summary>Measurement schedule. Default PHQ-9 at every session, as in IPC-C [S79].</summary>
    public MeasurementSchedule Measurement { get; init; } = MeasurementSchedule.IpcCollegeEverySession;
}
