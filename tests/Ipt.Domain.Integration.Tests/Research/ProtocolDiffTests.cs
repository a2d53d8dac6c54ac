using System;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Formulation;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;
using Ipt.Domain.Research.Protocols;

namespace Ipt.Domain.Integration.Tests.Research;

/// <summary>What <see cref="ProtocolDiff"/> reports, path by path: a researcher reads these paths and values to see
/// how two protocols differ, so each one is checked with the values it carries (a dash in the text where one side has
/// none).</summary>
public sealed class ProtocolDiffTests
{
    private static ProtocolDefinition Ipt => StandardIpt.Definition;

    private static ProtocolDefinition Get(string id) => BuiltInProtocols.Catalog.Get(id).Value;

    private static ProtocolDiff Diff(string right) => ProtocolDiff.Between(Ipt, Get(right));

    private static ProtocolDefinition Variant(Func<ProtocolBuilder, ProtocolBuilder> change) =>
        change(Ipt.ToBuilder("ipt-variant", Ipt.Name)).Build().Value;

    /// <summary>Only the id differs: the variant of one setting is the diff of that setting alone.</summary>
    private static ProtocolDifference Only(ProtocolDefinition variant)
    {
        ProtocolDiff d = ProtocolDiff.Between(Ipt, variant);
        Assert.Equal(new ProtocolDifference("id", "ipt", "ipt-variant"), d.Differences[0]);
        return Assert.Single(d.Differences.Skip(1));
    }

    [Fact]
    public void A_protocol_against_itself_differs_by_nothing_and_says_so()
    {
        ProtocolDiff d = ProtocolDiff.Between(Ipt, Ipt);
        Assert.Empty(d.Differences);
        Assert.True(d.IsEmpty);
        Assert.Equal("protocol diff ipt -> ipt" + Environment.NewLine + "  (no differences)" + Environment.NewLine, d.Describe());
    }

    [Fact]
    public void A_copy_under_another_id_is_empty_but_a_renamed_one_is_not()
    {
        ProtocolDiff copy = ProtocolDiff.Between(Ipt, Ipt.ToBuilder("ipt-copy", Ipt.Name).Build().Value);
        Assert.Equal([new ProtocolDifference("id", "ipt", "ipt-copy")], copy.Differences);
        Assert.True(copy.IsEmpty);
        Assert.DoesNotContain("(no differences)", copy.Describe(), StringComparison.Ordinal);

        ProtocolDiff renamed = ProtocolDiff.Between(Ipt, Ipt.ToBuilder("ipt-copy", "IPT, renamed").Build().Value);
        Assert.False(renamed.IsEmpty);
        Assert.Contains(new ProtocolDifference("name", Ipt.Name, "IPT, renamed"), renamed.Differences);
    }

    [Fact]
    public void Null_protocols_are_misuse()
    {
        Assert.Throws<ArgumentNullException>(() => ProtocolDiff.Between(null!, Ipt));
        Assert.Throws<ArgumentNullException>(() => ProtocolDiff.Between(Ipt, null!));
    }

    [Fact]
    public void Ipt_against_dit_names_the_family_session_length_span_formulation_and_schedules()
    {
        ProtocolDiff d = Diff("dit");
        Assert.Contains(new ProtocolDifference("family", "ipt", "dit"), d.Differences);
        Assert.Contains(new ProtocolDifference("session-minutes", "45-50", "50-50"), d.Differences);
        Assert.Contains(new ProtocolDifference("calendar-span-weeks", null, "22"), d.Differences);
        Assert.Contains(new ProtocolDifference("phases", "initial > middle > termination > maintenance", "initial > middle > termination"), d.Differences);
        Assert.Contains(new ProtocolDifference("phases[maintenance]", "present", null), d.Differences);
        Assert.Contains(new ProtocolDifference("phases[termination].required-tasks", "ending-raised, feelings-about-ending, progress-reviewed, independent-competence, relapse-warning-signs, future-plan, continuation-decided", "feelings-about-ending, progress-reviewed"), d.Differences);
        Assert.Contains(new ProtocolDifference("early-tasks", "ending-raised in middle", string.Empty), d.Differences);
        Assert.Contains(new ProtocolDifference("schedules[ipt-institute-portfolio]", "phq-9+gad-7 every-nth-session every 4 and final", null), d.Differences);
        Assert.Contains(new ProtocolDifference("schedules[dit-every-session]", null, "phq-9+gad-7 every-session and final"), d.Differences);
        Assert.Contains(new ProtocolDifference("formulation.max-focus-areas", "2", "1"), d.Differences);
        Assert.Contains(new ProtocolDifference("formulation.allowed-areas", "grief, role-dispute, role-transition, interpersonal-deficits", "interpersonal-affective-focus"), d.Differences);
        Assert.Contains(new ProtocolDifference("formulation.requires-inventory", "true", "false"), d.Differences);
        Assert.DoesNotContain(d.Differences, x => x.Path is "format" or "cadence" or "rules" or "inventory.ring-count");

        string text = d.Describe();
        Assert.StartsWith("protocol diff ipt -> dit" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Contains("  calendar-span-weeks: - -> 22" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Contains("  schedules[dit-every-session]: - -> phq-9+gad-7 every-session and final" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Contains("  phases[maintenance]: present -> -" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ipt_against_group_ipt_names_the_format_and_a_baseline_and_end_schedule()
    {
        ProtocolDiff d = Diff("group-ipt-who");
        Assert.Contains(new ProtocolDifference("format", "individual", "group"), d.Differences);
        Assert.Contains(new ProtocolDifference("session-minutes", "45-50", "90-90"), d.Differences);
        Assert.Contains(new ProtocolDifference("phases[engagement]", null, "present"), d.Differences);
        Assert.Contains(new ProtocolDifference("phases[initial].range", "sessions 1–3", "session 1"), d.Differences);
        Assert.Contains(new ProtocolDifference("early-tasks", "ending-raised in middle", "progress-reviewed in middle"), d.Differences);
        Assert.Contains(new ProtocolDifference("schedules[who-group-ipt-pre-and-end]", null, "phq-9 baseline-and-termination and final"), d.Differences);
    }

    [Fact]
    public void Ipt_against_maintenance_ipt_names_the_cadence_and_the_maintenance_phase_settings()
    {
        ProtocolDiff d = Diff("ipt-m");
        Assert.Contains(new ProtocolDifference("cadence", "weekly", "monthly"), d.Differences);
        Assert.Contains(new ProtocolDifference("sessions.hard-cap", "20", "120"), d.Differences);
        Assert.Contains(new ProtocolDifference("termination-notice-sessions", "3", "0"), d.Differences);
        Assert.Contains(new ProtocolDifference("phases[maintenance].range", "open-ended", "sessions 1–24"), d.Differences);
        Assert.Contains(new ProtocolDifference("phases[maintenance].required-tasks", string.Empty, "treatment-contract"), d.Differences);
        Assert.Contains(new ProtocolDifference("phases[maintenance].optional", "true", "false"), d.Differences);
        Assert.Contains(new ProtocolDifference("phases[initial]", "present", null), d.Differences);
    }

    [Fact]
    public void Ipt_against_adolescent_ipt_names_the_rules_and_the_adolescent_schedules()
    {
        ProtocolDiff d = Diff("ipt-a");
        Assert.Contains(new ProtocolDifference("rules", "ProtocolRules", "AdolescentIptRules"), d.Differences);
        Assert.Contains(new ProtocolDifference("schedules[ipt-a-phqa-every-4]", null, "phq-a every-nth-session every 4 and final"), d.Differences);
        Assert.Contains(new ProtocolDifference("schedules[ipt-a-weekly-mood]", null, "mood-rating-10 every-session and final"), d.Differences);
    }

    [Fact]
    public void Ipt_against_perinatal_ipt_names_the_problem_area_it_leaves_out()
    {
        // The allowed areas are compared by their codes: perinatal IPT leaves out interpersonal deficits, which a text of the whole rules record did not show.
        Assert.Contains(new ProtocolDifference("formulation.allowed-areas", "grief, role-dispute, role-transition, interpersonal-deficits", "grief, role-dispute, role-transition"), Diff("ipt-perinatal").Differences);
    }

    [Fact]
    public void A_schedule_without_the_final_session_is_described_without_it()
    {
        ProtocolDefinition v = Variant(b => b.MeasurementSchedule(MeasurementSchedule.EveryNthSession("every-third", 3, false, "[test]", "phq-9")));
        Assert.Equal(new ProtocolDifference("schedules[every-third]", null, "phq-9 every-nth-session every 3"), Only(v));
    }

    [Fact]
    public void Early_tasks_are_listed_in_task_order()
    {
        ProtocolDefinition v = Variant(b => b.AllowEarly(TherapyTask.FeelingsAboutEnding, PhaseKind.Middle));
        Assert.Equal(new ProtocolDifference("early-tasks", "ending-raised in middle", "ending-raised in middle, feelings-about-ending in middle"), Only(v));
    }

    [Fact]
    public void Each_formulation_setting_is_its_own_path()
    {
        FormulationRules f = Ipt.Formulation;
        Assert.Equal(new ProtocolDifference("formulation.max-focus-areas", "2", "3"), Only(Variant(b => b.FormulationRules(f with { MaxFocusAreas = 3 }))));
        Assert.Equal(new ProtocolDifference("formulation.prefer-single-focus", "true", "false"), Only(Variant(b => b.FormulationRules(f with { PreferSingleFocus = false }))));
        Assert.Equal(new ProtocolDifference("formulation.deficits-only-when-no-other-area-fits", "true", "false"), Only(Variant(b => b.FormulationRules(f with { DeficitsOnlyWhenNoOtherAreaFits = false }))));
        Assert.Equal(new ProtocolDifference("formulation.near-onset-days", "182 before, 182 after", "90 before, 182 after"), Only(Variant(b => b.FormulationRules(f with { NearOnsetDaysBefore = 90 }))));
        Assert.Equal(new ProtocolDifference("formulation.near-onset-days", "182 before, 182 after", "182 before, 30 after"), Only(Variant(b => b.FormulationRules(f with { NearOnsetDaysAfter = 30 }))));
        Assert.Equal(new ProtocolDifference("formulation.allow-non-death-grief", "false", "true"), Only(Variant(b => b.FormulationRules(f with { AllowNonDeathGrief = true }))));
        Assert.Equal(
            new ProtocolDifference("formulation.allowed-areas", "grief, role-dispute, role-transition, interpersonal-deficits", "grief, role-dispute"),
            Only(Variant(b => b.FormulationRules(f with { AllowedAreas = [ProblemArea.Grief, ProblemArea.RoleDispute] }))));
    }

    [Fact]
    public void Each_inventory_setting_is_its_own_path()
    {
        InventoryRules i = Ipt.Inventory;
        Assert.Equal(new ProtocolDifference("inventory.ring-count", "4", "3"), Only(Variant(b => b.InventoryRules(i with { RingCount = 3 }))));
        Assert.Equal(new ProtocolDifference("inventory.minimum-people", "1", "2"), Only(Variant(b => b.InventoryRules(i with { MinimumPeople = 2 }))));
    }
}
