using System.Linq;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Tests.Protocols;

public class StandardIptTests
{
    private static readonly ProtocolDefinition Ipt = StandardIpt.Definition;

    [Fact]
    public void Has_the_brief_section_3_numbers()
    {
        Assert.Equal(("ipt", "IPT", TherapyFamily.Ipt, TherapyFormat.Individual, Cadence.Weekly), (Ipt.Id, Ipt.Abbreviation, Ipt.Family, Ipt.Format, Ipt.Cadence));
        Assert.Equal((45, 50), (Ipt.MinSessionMinutes, Ipt.MaxSessionMinutes));
        Assert.Equal(new SessionCounts(16, 12, 16, 20), Ipt.Sessions);
        Assert.Equal(3, Ipt.TerminationNoticeSessions);
        Assert.Equal(
            [SessionRange.Of(1, 3), SessionRange.Of(4, 13), SessionRange.Of(14, 16), SessionRange.OpenEnded],
            Ipt.Phases.Select(p => p.Sessions));
        Assert.True(Ipt.Phases[3].IsOptional);
    }

    [Fact]
    public void Requires_the_initial_and_termination_tasks()
    {
        Assert.Equal(StandardIpt.InitialTasks, Ipt.Phases[0].RequiredTasks);
        Assert.True(Ipt.Phases[1].RequiredTasks.IsEmpty);
        Assert.Equal(StandardIpt.TerminationTasks, Ipt.Phases[2].RequiredTasks);
        Assert.Equal(15, Ipt.AllRequiredTasks.Count);
    }

    [Fact]
    public void Diagnosis_medication_evaluation_and_independent_competence_are_required()
    {
        // Clinical review: INIT-01 [S06][S07][S08], INIT-05 [S08] / RULE-11 and TERM-04 [S09][S36] were missing.
        Assert.True(Ipt.Phases[0].RequiredTasks.Contains(TherapyTask.Diagnosis));
        Assert.True(Ipt.Phases[0].RequiredTasks.Contains(TherapyTask.MedicationEvaluated));
        Assert.True(Ipt.Phases[2].RequiredTasks.Contains(TherapyTask.IndependentCompetence));
        foreach (ProtocolDefinition p in new[] { global::Ipt.Domain.Adaptations.PerinatalIpt.Definition, global::Ipt.Domain.Adaptations.ConjointIpt.Definition, global::Ipt.Domain.Adaptations.IptForPtsd.Definition, global::Ipt.Domain.Adaptations.BriefIpt.Definition })
        {
            Assert.True(p.AllRequiredTasks.Contains(TherapyTask.Diagnosis), p.Id);
            Assert.True(p.AllRequiredTasks.Contains(TherapyTask.MedicationEvaluated), p.Id);
            Assert.True(p.AllRequiredTasks.Contains(TherapyTask.IndependentCompetence), p.Id);
        }

        Assert.True(global::Ipt.Domain.Adaptations.AdolescentIpt.Definition.AllRequiredTasks.Contains(TherapyTask.Diagnosis));
        Assert.True(global::Ipt.Domain.Adaptations.AdolescentIpt.Definition.AllRequiredTasks.Contains(TherapyTask.IndependentCompetence));
    }

    [Fact]
    public void Every_value_carries_a_source_and_contested_ones_say_so()
    {
        Assert.All(Ipt.Provenance, p => Assert.False(string.IsNullOrWhiteSpace(p.Sources)));
        Assert.Contains(Ipt.Provenance, p => p.Setting == "initial phase" && p.Status == EvidenceStatus.Contested);
        Assert.Contains(Ipt.Provenance, p => p.Setting == "session counts" && p.Status == EvidenceStatus.Contested);
    }

    [Fact]
    public void Contested_values_are_settings()
    {
        ProtocolDefinition uk = StandardIpt.Create(new StandardIptSettings { InitialSessions = 4, TerminationSessions = 2, AllowMaintenance = false }).Value;
        Assert.Equal([SessionRange.Of(1, 4), SessionRange.Of(5, 14), SessionRange.Of(15, 16)], uk.Phases.Select(p => p.Sessions));
    }

    [Fact]
    public void Settings_that_leave_no_middle_phase_are_an_error()
    {
        Result<ProtocolDefinition> r = StandardIpt.Create(new StandardIptSettings { InitialSessions = 8, TerminationSessions = 8 });
        Assert.Equal(ProtocolErrors.NoMiddlePhase, r.Error!.Code);
    }

    [Fact]
    public void Settings_are_validated_by_the_builder()
    {
        Result<ProtocolDefinition> r = StandardIpt.Create(new StandardIptSettings { MinimumSessions = 18 });
        Assert.Equal(ProtocolErrors.SessionCountsOutOfOrder, r.Error!.Code);
    }
}
