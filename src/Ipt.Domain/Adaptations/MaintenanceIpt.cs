using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// Maintenance IPT (IPT-M): continued IPT at reduced frequency, typically monthly, after remission of recurrent
/// depression, keeping the interpersonal focus; open-ended per contract (brief §9, §11.2 [S31][S32][S33]).
/// The whole protocol is one counted maintenance phase; intervals outside the cadence are listed by
/// <see cref="Deviations"/>.
/// </summary>
public static class MaintenanceIpt
{
    /// <summary>The protocol id, <c>ipt-m</c>.</summary>
    public const string Id = "ipt-m";

    /// <summary>Tasks of the maintenance phase: the maintenance contract (INIT-10 [S09][S12]).</summary>
    public static TaskSet MaintenanceTasks { get; } = TaskSet.Of(TherapyTask.TreatmentContract);

    /// <summary>Maintenance IPT with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new MaintenanceIptSettings()).Value;

    /// <summary>Maintenance IPT with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="MaintenanceIptSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(MaintenanceIptSettings settings)
    {
        Guard.Against.Null(settings);
        if (settings.PlannedSessions < 1)
        {
            return ProtocolErrors.MaintenanceContractEmpty();
        }

        return ProtocolDefinition.Create(settings.Id, "Maintenance Interpersonal Psychotherapy")
            .Abbreviation("IPT-M")
            .Description("Continued IPT at reduced frequency (e.g. monthly) for remitted patients with recurrent depression, keeping a strong interpersonal focus to prevent recurrence; open-ended per contract.")
            .Family(TherapyFamily.Ipt)
            .Format(TherapyFormat.Individual)
            .Cadence(settings.Cadence)
            .SessionLength(45, 50)
            .Sessions(settings.PlannedSessions, settings.MinimumSessions, settings.MaximumSessions, settings.HardCap)
            .Phase(PhaseKind.Maintenance, SessionRange.Of(1, settings.PlannedSessions), "Maintenance phase", MaintenanceTasks)
            .MeasurementSchedule(settings.Measurement)
            .Source("cadence", Codes.Of(settings.Cadence), "[S31][S32]; Seed 002", EvidenceStatus.Confirmed)
            .Source("session counts", settings.MinimumSessions + "–" + settings.MaximumSessions + " planned " + settings.PlannedSessions + ", hard cap " + settings.HardCap, "2 years [S32], 3 years [S31]; open-ended per contract", EvidenceStatus.Contested)
            .Source("session length", "45–50 minutes as standard IPT", "brief silent for IPT-M", EvidenceStatus.Unconfirmed)
            .Source("cadence tolerance", settings.CadenceToleranceDays + " days", "brief silent", EvidenceStatus.ProductDecision)
            .Source("interpersonal focus", "kept in every session; quality predicts well interval", "[S33][S32]", EvidenceStatus.Confirmed)
            .Source("measurement", settings.Measurement.Id, "§17.7 [S13] (brief silent for IPT-M)", EvidenceStatus.ProductDecision)
            .Build();
    }

    /// <summary>Intervals between attended sessions that differ from the protocol's cadence by more than the tolerance.</summary>
    /// <param name="protocol">The protocol (its cadence is used).</param>
    /// <param name="sessions">The course's sessions, oldest first.</param>
    /// <param name="settings">Settings holding the tolerance; default settings when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> or <paramref name="sessions"/> is null.</exception>
    public static System.Collections.Generic.IReadOnlyList<CadenceDeviation> Deviations(
        ProtocolDefinition protocol, System.Collections.Generic.IReadOnlyList<Courses.SessionRecord> sessions, MaintenanceIptSettings? settings = null) =>
        CadenceReview.Deviations(protocol, sessions, (settings ?? new MaintenanceIptSettings()).CadenceToleranceDays);
}
