namespace Ipt.Domain.Phases;

/// <summary>
/// A task a phase requires before it may be left. Identifiers follow the brief's task table (INIT-xx, TERM-xx);
/// which tasks a phase requires is protocol data (<c>PhaseDefinition.RequiredTasks</c>).
/// </summary>
/// <remarks>At most 64 values: a course stores completed tasks as a bit set.</remarks>
public enum TherapyTask
{
    /// <summary>INIT-01: psychiatric history and explicit diagnosis (<c>diagnosis</c>). [S06][S07][S08]</summary>
    Diagnosis = 0,

    /// <summary>INIT-02: baseline severity rated with a standard scale (<c>baseline-severity</c>). [S06][S52]</summary>
    BaselineSeverity = 1,

    /// <summary>INIT-03: psychoeducation about the illness and the treatment (<c>psychoeducation</c>). [S06][S08]</summary>
    Psychoeducation = 2,

    /// <summary>INIT-04: the sick role assigned (<c>sick-role-assigned</c>). [S06][S07]</summary>
    SickRoleAssigned = 3,

    /// <summary>INIT-05: need for medication evaluated (<c>medication-evaluated</c>). [S08]</summary>
    MedicationEvaluated = 4,

    /// <summary>INIT-06/07: interpersonal inventory completed, including changes near onset (<c>interpersonal-inventory</c>). [S05][S06][S08]</summary>
    InterpersonalInventory = 5,

    /// <summary>INIT-08/09: interpersonal formulation linked to a problem area and explicitly agreed (<c>formulation-agreed</c>). [S08][S52]</summary>
    FormulationAgreed = 6,

    /// <summary>INIT-10: treatment contract on focus, number, frequency and length of sessions (<c>treatment-contract</c>). [S07][S09][S12]</summary>
    TreatmentContract = 7,

    /// <summary>TERM-01: the ending announced and discussed explicitly (<c>ending-raised</c>). [S09]</summary>
    EndingRaised = 8,

    /// <summary>TERM-02: feelings about ending acknowledged (<c>feelings-about-ending</c>). [S09][S34][S76]</summary>
    FeelingsAboutEnding = 9,

    /// <summary>TERM-03: progress reviewed against baseline and gains consolidated (<c>progress-reviewed</c>). [S34][S36][S76]</summary>
    ProgressReviewed = 10,

    /// <summary>TERM-04: sense of independent competence built (<c>independent-competence</c>). [S09][S36]</summary>
    IndependentCompetence = 11,

    /// <summary>TERM-05: relapse warning signs identified and an action plan agreed (<c>relapse-warning-signs</c>). [S36][S37]</summary>
    RelapseWarningSigns = 12,

    /// <summary>TERM-06: remaining goals named and a plan for the future agreed (<c>future-plan</c>). [S36][S37]</summary>
    FuturePlan = 13,

    /// <summary>TERM-07: decision on continuation or maintenance treatment (<c>continuation-decided</c>). [S34][S31]</summary>
    ContinuationDecided = 14,

    /// <summary>IPSRT initial stage: mood-episode history and life chart, looking for routine disruptions and
    /// interpersonal events before past episodes (<c>mood-episode-history</c>). §15.1 [S56][S59][S96]</summary>
    MoodEpisodeHistory = 15,

    /// <summary>IPSRT initial stage: the Social Rhythm Metric introduced and a baseline week recorded
    /// (<c>social-rhythm-baseline</c>). §15.1 [S56][S96]</summary>
    SocialRhythmBaseline = 16,
}
