using System;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Formulation;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Testing;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.TestingPackage;

/// <summary>The sample clinical detail and the scripted session step: what the samples promise in their
/// documentation.</summary>
public class TestingSamplesTests
{
    [Fact]
    public void The_sample_formulation_is_a_role_dispute_with_the_inventory_s_partner_where_allowed()
    {
        FormulationFocus f = Assert.Single(ClinicalSamples.Formulation(StandardIpt.Definition).Foci);
        RoleDisputeFocus d = Assert.IsType<RoleDisputeFocus>(f.Detail);
        Assert.Equal((RelationshipKind.Partner, DisputeStage.Renegotiation, PersonId.From(1)), (d.OtherParty, d.Stage, d.OtherPartyPerson));
        Assert.Equal(ClinicalSamples.Inventory().People[0].Id, d.OtherPartyPerson);
        Assert.Throws<ArgumentNullException>(() => ClinicalSamples.Formulation(null!));
    }

    [Fact]
    public void A_sample_grief_is_a_death_30_days_before_the_onset_and_a_role_dispute_names_the_label_given()
    {
        var onset = new DateOnly(2026, 3, 1);
        GriefFocus g = Assert.IsType<GriefFocus>(ClinicalSamples.Detail(ProblemArea.Grief, onset));
        Assert.Equal(new DateOnly(2026, 1, 30), g.DateOfDeath);
        PersonLabel label = PersonLabel.From("sister");
        Assert.Equal(label, Assert.IsType<RoleDisputeFocus>(ClinicalSamples.Detail(ProblemArea.RoleDispute, onset, label)).OtherPartyLabel);
        RoleTransitionFocus t = Assert.IsType<RoleTransitionFocus>(ClinicalSamples.Detail(ProblemArea.RoleTransition, onset));
        Assert.Equal((TransitionDomain.Retirement, false), (t.Domain, t.IsPositiveChange));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClinicalSamples.Detail((ProblemArea)99, onset));
    }

    [Theory]
    [InlineData(0, SessionParticipants.ClientOnly)]
    [InlineData(7, SessionParticipants.Partner)]
    [InlineData(9, SessionParticipants.ClientOnly)]
    public void A_scripted_session_brings_the_rolled_participants(int roll, SessionParticipants expected)
    {
        TreatmentCourse c = NewCourse();
        DateOnly today = Start;
        Assert.True(new VariantStep.Session(1, 0, roll).Run(c, ref today).Item1);
        Assert.Equal((Start.AddDays(1), expected), (c.Sessions[0].Date, c.Sessions[0].Participants));
    }

    [Fact]
    public void A_scripted_session_on_a_conjoint_protocol_brings_the_partner_and_rolls_attendance()
    {
        TreatmentCourse c = StartAny(CourseId.From(Guid.NewGuid()), ClientRef.From("c-2"), ConjointIpt.Definition, Start);
        DateOnly today = Start;
        Assert.True(new VariantStep.Session(0, 0, 0).Run(c, ref today).Item1);
        Assert.Equal(SessionParticipants.Partner, c.Sessions[0].Participants);
        Assert.True(new VariantStep.Session(7, 8, 9).Run(c, ref today).Item1);
        Assert.Equal((Attendance.NoShow, SessionParticipants.ClientOnly), (c.Sessions[1].Attendance, c.Sessions[1].Participants));
        Assert.True(new VariantStep.Session(7, 9, 0).Run(c, ref today).Item1);
        Assert.Equal(Attendance.Cancelled, c.Sessions[2].Attendance);
    }

    [Fact]
    public void A_script_prints_its_protocol_and_its_steps()
    {
        VariantStep[] steps = [new VariantStep.Session(7, 0, 0), new VariantStep.Base(new Intent.Extend(2))];
        var script = new VariantScript(0, steps);
        Assert.Equal(BuiltInProtocols.All[0].Id + ": " + steps[0] + ", " + steps[1], script.ToString());
        Assert.Equal(new Intent.Extend(2).ToString(), steps[1].ToString());
    }
}
