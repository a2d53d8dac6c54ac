using System;
using Ardalis.GuardClauses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Adaptations;

/// <summary>
/// Interpersonal and Social Rhythm Therapy (IPSRT, Frank) for bipolar disorder, an adjunct to medication: weekly
/// 45–60-minute initial and intermediate sessions, a preventive stage every two weeks and an optional open-ended
/// final stage monthly (each stage's cadence a setting, decision 0033); every session reviews the Social Rhythm
/// Metric; the problem areas add grief for the lost healthy self (brief §15 [S50][S51][S56][S59]; Frank, Swartz &amp;
/// Boland 2007; Frank 2005).
/// </summary>
public static class Ipsrt
{
    /// <summary>The protocol id, <c>ipsrt</c>.</summary>
    public const string Id = "ipsrt";

    /// <summary>Initial-stage tasks: medication evaluated (IPSRT is an adjunct to medication), mood-episode history and
    /// life chart, psychoeducation, inventory, the SRM introduced with a baseline week, agreed focus (brief §15.1 stage 1
    /// [S56][S59][S96]; the history and the SRM baseline were missing before).</summary>
    public static TaskSet InitialTasks { get; } = TaskSet.Of(
        TherapyTask.MedicationEvaluated, TherapyTask.MoodEpisodeHistory, TherapyTask.Psychoeducation, TherapyTask.InterpersonalInventory,
        TherapyTask.SocialRhythmBaseline, TherapyTask.FormulationAgreed);

    /// <summary>Preventive-stage tasks: relapse warning signs and plans for predictable disruptions [S56][S96].</summary>
    public static TaskSet PreventiveTasks { get; } = TaskSet.Of(TherapyTask.RelapseWarningSigns, TherapyTask.FuturePlan);

    /// <summary>IPSRT with the default settings.</summary>
    public static ProtocolDefinition Definition { get; } = Create(new IpsrtSettings()).Value;

    /// <summary>IPSRT with the clinic's own settings.</summary>
    /// <param name="settings">Settings; each default is documented on <see cref="IpsrtSettings"/>.</param>
    /// <returns>The protocol, or the validation error the settings cause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static Result<ProtocolDefinition> Create(IpsrtSettings settings)
    {
        Guard.Against.Null(settings);
        int planned = settings.AcuteSessions;
        bool four = settings.Structure == IpsrtStructure.FourStages;
        int intermediateLast = four ? planned - settings.PreventiveSessions : planned;
        if (settings.InitialSessions < 1 || (four && settings.PreventiveSessions < 1) || intermediateLast <= settings.InitialSessions)
        {
            return ProtocolErrors.NoIntermediateStage();
        }

        ProtocolBuilder b = ProtocolDefinition.Create(settings.Id, "Interpersonal and Social Rhythm Therapy")
            .Abbreviation("IPSRT")
            .Description("IPT combined with social rhythm therapy for bipolar disorder, as an adjunct to medication: regularise daily routines (social zeitgebers) tracked with the Social Rhythm Metric each session, and work an interpersonal problem area including grief for the lost healthy self.")
            .Family(TherapyFamily.Ipt)
            .Format(TherapyFormat.Individual)
            .Cadence(Cadence.Weekly)
            .SessionLength(45, 60)
            .Sessions(planned, settings.MinimumSessions, planned, settings.HardCap)
            .CalendarSpan(SpanWeeks(settings, intermediateLast, four))
            .Phase(PhaseKind.Initial, SessionRange.Of(1, settings.InitialSessions), "Initial stage", InitialTasks)
            .Phase(PhaseKind.Middle, SessionRange.Of(settings.InitialSessions + 1, intermediateLast), "Intermediate stage")
            .Source("initial and intermediate cadence", "weekly", "[S56][S59]; Frank, Swartz & Boland 2007 (intermediate phase: most commonly weekly)", EvidenceStatus.Confirmed);
        if (four)
        {
            b.Phase(PhaseKind.Termination, SessionRange.Of(intermediateLast + 1, planned), "Preventive stage", PreventiveTasks)
             .Phase(PhaseKind.Maintenance, SessionRange.OpenEnded, "Final stage", optional: true)
             .PhaseCadence(PhaseKind.Termination, settings.PreventiveCadence)
             .AllowEarly(TherapyTask.RelapseWarningSigns, PhaseKind.Middle)
             .Source("stages", "initial / intermediate / preventive / final (four-stage superset)", "[S56][S96]; C22", EvidenceStatus.Contested)
             .Source("preventive stage", "last " + settings.PreventiveSessions + " contract sessions", "§15.1 (range unconfirmed)", EvidenceStatus.Unconfirmed)
             .Source("preventive stage cadence", Codes.Of(settings.PreventiveCadence), "Frank, Swartz & Boland 2007 (after the weekly phases); Frank 2005 (maintenance began twice-monthly); [S56] acute ~20 weeks; decision 0033", EvidenceStatus.Contested)
             .Source("final stage cadence", Codes.Of(settings.MaintenanceCadence), "Frank 2005 (monthly maintenance); [S96] weak (gradually fewer sessions); decision 0033", EvidenceStatus.Contested);
        }
        else
        {
            b.Phase(PhaseKind.Maintenance, SessionRange.OpenEnded, "Maintenance phase", optional: true)
             .Source("stages", "initial / intermediate / maintenance (three phases)", "[S59]; C22", EvidenceStatus.Contested)
             .Source("maintenance cadence", Codes.Of(settings.MaintenanceCadence), "Frank 2005 (monthly maintenance); decision 0033", EvidenceStatus.Contested);
        }

        b.PhaseCadence(PhaseKind.Maintenance, settings.MaintenanceCadence);

        return b
            .FormulationRules(new FormulationRules { AllowedAreas = ProblemAreaSets.Ipsrt })
            .MeasurementSchedule(MeasurementSchedule.IpsrtWeeklySrm)
            .Source("adjunct to medication", "medication evaluated in the initial stage; IPSRT alone is not a bipolar treatment", "[S50][S56][S96]; C18", EvidenceStatus.Confirmed)
            .Source("session counts", "about " + planned + " contract sessions, minimum " + settings.MinimumSessions + ", hard cap " + settings.HardCap + " (no 16-session cap)", "[S56]; C01", EvidenceStatus.Contested)
            .Source("calendar span", "about " + SpanWeeks(settings, intermediateLast, four) + " weeks (each stage's sessions at its cadence)", "[S56] (acute ~20 weeks); C01; decision 0033", four && settings.PreventiveCadence != Cadence.Weekly ? EvidenceStatus.Contested : EvidenceStatus.Confirmed)
            .Source("session length", "45–60 minutes", "[S56]; C28", EvidenceStatus.Confirmed)
            .Source("initial stage", "sessions 1–" + settings.InitialSessions, "[S59] (2 weeks–2 months); Frank, Swartz & Boland 2007 (3–5 sessions); C20", EvidenceStatus.Contested)
            .Source("intermediate stage", "sessions " + (settings.InitialSessions + 1) + "–" + intermediateLast, "Frank, Swartz & Boland 2007 (10–12 sessions in the two large trials, longer when needed)", intermediateLast - settings.InitialSessions is >= 10 and <= 12 ? EvidenceStatus.Confirmed : EvidenceStatus.Contested)
            .Source("maintenance", "optional, open-ended, after the acute course", "[S56]", EvidenceStatus.Confirmed)
            .Source("social rhythm work", "SRM reviewed every session", "[S56] (intermediate phase weekly); §17.7", EvidenceStatus.Confirmed)
            .Source("problem areas", "standard four plus grief for the lost healthy self", "[S51] weak; §6.5", EvidenceStatus.Weak)
            .Build();
    }

    // Weeks from the first to the last contract session: the weekly initial and intermediate stages, then the
    // preventive stage at its own cadence (a flexible cadence counts as weekly).
    private static int SpanWeeks(IpsrtSettings settings, int intermediateLast, bool four)
    {
        int days = intermediateLast * 7;
        if (four)
        {
            days += settings.PreventiveSessions * (settings.PreventiveCadence.NominalIntervalDays() ?? 7);
        }

        return (days + 6) / 7;
    }
}
