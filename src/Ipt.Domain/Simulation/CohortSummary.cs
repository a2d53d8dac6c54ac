using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Simulation;

/// <summary>The cohort's results.</summary>
/// <param name="ProtocolId">The protocol simulated.</param>
/// <param name="Seed">The seed.</param>
/// <param name="CohortSize">Courses simulated.</param>
/// <param name="Completed">Courses completed.</param>
/// <param name="Discontinued">Courses discontinued (any reason).</param>
/// <param name="Active">Courses still active when the simulation stopped (see <see cref="SimulationSettings.MaxSessionSlots"/>).</param>
/// <param name="Dropouts">Courses discontinued as dropouts.</param>
/// <param name="MeanSessionsHeld">Mean contract sessions held per course.</param>
/// <param name="MeanSessionsAttended">Mean sessions attended per course.</param>
/// <param name="MeanSessionsRecorded">Mean sessions recorded per course (attended, no-show or cancelled).</param>
/// <param name="MeanDays">Mean days from start to last event.</param>
/// <param name="Phases">Time in each phase, in protocol order.</param>
/// <param name="Outcomes">Response and remission per criteria, in settings order.</param>
/// <param name="Continuations">Continuation decisions recorded, by decision (decisions never taken are left out).</param>
/// <param name="SafetyConcerns">Safety concerns raised over the cohort.</param>
/// <param name="Fidelity">The fidelity review, or null when it was off.</param>
public sealed record CohortSummary(
    string ProtocolId,
    long Seed,
    int CohortSize,
    int Completed,
    int Discontinued,
    int Active,
    int Dropouts,
    double MeanSessionsHeld,
    double MeanSessionsAttended,
    double MeanSessionsRecorded,
    double MeanDays,
    IReadOnlyList<PhaseTime> Phases,
    IReadOnlyList<OutcomeRates> Outcomes,
    IReadOnlyList<KeyValuePair<ContinuationDecision, int>> Continuations,
    int SafetyConcerns,
    FidelityOutcome? Fidelity)
{
    /// <summary>Completed / cohort size (0 for an empty cohort).</summary>
    public double CompletionRate => Rate(Completed);

    /// <summary>Dropouts / cohort size.</summary>
    public double DropoutRate => Rate(Dropouts);

    /// <summary>Discontinued (any reason) / cohort size.</summary>
    public double DiscontinuationRate => Rate(Discontinued);

    /// <summary>A plain-text report, invariant culture, fixed layout (e.g. for a console or a doc page).</summary>
    public string Describe()
    {
        var b = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        b.Append(c, $"protocol {ProtocolId}, seed {Seed}, {CohortSize} courses").AppendLine();
        b.Append(c, $"completed {Completed} ({CompletionRate:P1}), discontinued {Discontinued} ({DiscontinuationRate:P1}; dropouts {Dropouts}, {DropoutRate:P1}), active {Active}").AppendLine();
        b.Append(c, $"sessions per course: held {MeanSessionsHeld:F2}, attended {MeanSessionsAttended:F2}, recorded {MeanSessionsRecorded:F2}; days {MeanDays:F1}").AppendLine();
        foreach (PhaseTime p in Phases)
        {
            b.Append(c, $"phase {Codes.Of(p.Phase),-12} entered {p.Entered,6}  mean {p.MeanDays,6:F1} days  {p.MeanSessions,5:F2} sessions").AppendLine();
        }

        foreach (OutcomeRates o in Outcomes)
        {
            b.Append(c, $"outcome {o.CriteriaId}: evaluable {o.Evaluable}, response {o.ResponseRate:P1}, remission {(o.RemissionRate is double r ? r.ToString("P1", c) : "n/a")}").AppendLine();
        }

        foreach (KeyValuePair<ContinuationDecision, int> d in Continuations)
        {
            b.Append(c, $"continuation {Codes.Of(d.Key)}: {d.Value}").AppendLine();
        }

        b.Append(c, $"safety concerns raised: {SafetyConcerns}").AppendLine();
        if (Fidelity is { } f)
        {
            b.Append(c, $"fidelity: {f.Reviewed} reviewed, mean score {f.MeanScore:F1}, {f.CoursesWithErrors} with errors").AppendLine();
            foreach (FindingCount finding in f.Findings)
            {
                b.Append(c, $"  {finding.Code}: {finding.Count}").AppendLine();
            }
        }

        return b.ToString();
    }

    private double Rate(int count) => CohortSize == 0 ? 0 : (double)count / CohortSize;
}
