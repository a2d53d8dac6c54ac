using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Phases;
using Ipt.Domain.Tests.Docs;
using Ipt.Domain.Tests.Measures;

namespace Ipt.Domain.Tests.Fidelity;

/// <summary>What a reader of a fidelity report relies on for every finding: the rule it cites is the one the findings
/// table of docs/fidelity.md gives for its code, and its message is a sentence that names the session it is about.</summary>
public class FidelityFindingContractTests
{
    private static readonly FidelityReviewer Reviewer = new();

    private static Dictionary<string, string> DocumentedRules()
    {
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(DocsGeneratedBlocks.RepoRoot(), "docs/fidelity.md")))
        {
            Match m = Regex.Match(line, "^\\| `(fidelity\\.[a-z-]+)` \\| [a-z]+ \\| ([^|]+) \\|");
            if (m.Success && !rules.ContainsKey(m.Groups[1].Value))
            {
                rules[m.Groups[1].Value] = m.Groups[2].Value.Trim();
            }
        }

        return rules;
    }

    private static IEnumerable<TreatmentCourse> Courses()
    {
        yield return FidelityDocsTests.WorkedExample();
        yield return CourseFixture.InMiddlePhase().Sessions(11); // ending not raised
        yield return CourseFixture.NewCourse().Sessions(4); // initial tasks missing
        yield return CourseFixture.NewCourse().Session(0).Session(7).Session(14).Session(3); // cadence

        TreatmentCourse extended = CourseFixture.InMiddlePhase();
        Assert.True(extended.ExtendContract(18, extended.LastActivityOn).IsSuccess);
        yield return extended.Sessions(14).Tasks(TherapyTask.EndingRaised); // above the maximum

        TreatmentCourse dropped = CourseFixture.NewCourse().MeasuredSessions(2);
        dropped.Discontinue(dropped.LastActivityOn, DiscontinuationReason.ClientChoice);
        yield return dropped; // before the minimum

        TreatmentCourse concern = CourseFixture.NewCourse().Sessions(1);
        concern.RecordMeasure("phq-9", CourseMeasuresTests.Phq(1, item9: 1), concern.LastActivityOn, atLatestSession: true);
        yield return concern; // concern without action
    }

    [Fact]
    public void Every_finding_cites_the_documented_rule_in_a_sentence_naming_its_session()
    {
        Dictionary<string, string> documented = DocumentedRules();
        var findings = Courses().SelectMany(c => Reviewer.Review(c).Findings).ToList();
        string[] expected =
        [
            FidelityCodes.EndingNotRaised, FidelityCodes.EndingRaisedLate, FidelityCodes.InitialTaskMissing, FidelityCodes.CadenceOutsideTolerance,
            FidelityCodes.SessionsAboveMaximum, FidelityCodes.DiscontinuedBeforeMinimum, FidelityCodes.SafetyConcernWithoutAction,
            FidelityCodes.SafetyActionLate, FidelityCodes.MeasureMissed,
        ];
        Assert.All(expected, code => Assert.Contains(findings, f => f.Code == code));

        foreach (FidelityFinding f in findings)
        {
            Assert.True(documented.TryGetValue(f.Code, out string? rule), f.Code + " is not in the table of docs/fidelity.md");
            if (!rule.StartsWith("task id", StringComparison.Ordinal))
            {
                Assert.Equal((f.Code, rule), (f.Code, f.RuleId));
            }

            Assert.True(f.Message.EndsWith('.'), f.Code + ": " + f.Message);
            Assert.True(char.IsUpper(f.Message[0]) || char.IsDigit(f.Message[0]), f.Code + ": " + f.Message);
            if (f.SessionNumber is int n && f.Code != FidelityCodes.SafetyConcernWithoutAction && f.Code != FidelityCodes.SafetyActionLate)
            {
                Assert.Contains("ession " + n.ToString(CultureInfo.InvariantCulture), f.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_session_count_findings_name_the_sessions_held_and_the_protocols_bound()
    {
        TreatmentCourse extended = CourseFixture.InMiddlePhase();
        Assert.True(extended.ExtendContract(18, extended.LastActivityOn).IsSuccess);
        extended.Sessions(14).Tasks(TherapyTask.EndingRaised);
        FidelityFinding above = Assert.Single(Reviewer.Review(extended).Findings, f => f.Code == FidelityCodes.SessionsAboveMaximum);
        Assert.StartsWith("17 contract sessions were held; the protocol's maximum is " + extended.Protocol.Sessions.Maximum, above.Message, StringComparison.Ordinal);

        TreatmentCourse dropped = CourseFixture.NewCourse().MeasuredSessions(2);
        dropped.Discontinue(dropped.LastActivityOn, DiscontinuationReason.ClientChoice);
        FidelityFinding early = Assert.Single(Reviewer.Review(dropped).Findings, f => f.Code == FidelityCodes.DiscontinuedBeforeMinimum);
        Assert.StartsWith("The course was discontinued after 2 contract sessions; the protocol's minimum is " + dropped.Protocol.Sessions.Minimum, early.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void A_cohort_counts_each_finding_and_each_course_with_it_apart()
    {
        // Two cadence findings on each course (sessions 3 and 4): four findings, two courses with the finding.
        TreatmentCourse Gappy() => CourseFixture.NewCourse().Session(0).Session(7).Session(14).Session(3);
        FidelitySummary s = Reviewer.ReviewMany([Gappy(), Gappy(), CourseFixture.NewCourse().Session(0).Session(7)]);

        Assert.Equal(3, s.Courses);
        Assert.Equal(4, s.FindingCounts[FidelityCodes.CadenceOutsideTolerance]);
        Assert.Equal(2, s.CoursesWithFinding[FidelityCodes.CadenceOutsideTolerance]);
    }

    [Fact]
    public void A_cadence_tolerance_of_0_accepts_exactly_the_nominal_interval()
    {
        var exact = new FidelityReviewer(new FidelityReviewerSettings { CadenceTolerance = 0 });
        TreatmentCourse c = CourseFixture.NewCourse().Session(0).Session(7).Session(8);

        FidelityFinding f = Assert.Single(exact.Review(c).Findings, x => x.Code == FidelityCodes.CadenceOutsideTolerance);
        Assert.Equal(3, f.SessionNumber);
        Assert.Contains("accepts 7–7 days.", f.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FidelityReviewerSettings { CadenceTolerance = -0.01 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FidelityReviewerSettings { CadenceTolerance = 1.01 });
    }

    [Fact]
    public void A_protocol_without_a_termination_notice_is_not_checked_for_the_ending_notice()
    {
        Ipt.Domain.Protocols.ProtocolDefinition noNotice = Ipt.Domain.Protocols.StandardIpt.Definition
            .ToBuilder("ipt-no-notice", "IPT without an ending notice").TerminationNotice(0).Build().Value;
        TreatmentCourse c = CourseFixture.NewCourse(noNotice).Sessions(3).InitialTasks().Fire(CourseTrigger.BeginMiddlePhase).Sessions(11);

        Assert.DoesNotContain(Reviewer.Review(c).Rules, r => r.Rule == FidelityRules.EndingNotice);
        Assert.Contains(Reviewer.Review(CourseFixture.InMiddlePhase().Sessions(11)).Rules, r => r.Rule == FidelityRules.EndingNotice);
    }
}
