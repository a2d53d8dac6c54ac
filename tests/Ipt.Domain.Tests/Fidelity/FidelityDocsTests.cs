using System.Globalization;
using System.Linq;
using System.Text;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Phases;
using Ipt.Domain.Tests.Courses;
using Ipt.Domain.Tests.Docs;
using Ipt.Domain.Tests.Measures;

namespace Ipt.Domain.Tests.Fidelity;

public class FidelityDocsTests
{
    /// <summary>The worked example of docs/fidelity.md: one skipped GAD-7, one long gap, a late ending, a late safety action.</summary>
    internal static TreatmentCourse WorkedExample()
    {
        TreatmentCourse c = CourseFixture.NewCourse();
        for (int n = 1; n <= 16; n++)
        {
            c.Session(n == 8 ? 14 : 7);
            foreach (MeasureDue due in c.MeasuresDue())
            {
                if (due.InstrumentCode == "gad-7" && n != 5)
                {
                    c.RecordMeasure("gad-7", CourseMeasuresTests.Gad(1), c.LastActivityOn, atLatestSession: true);
                }
                else if (due.InstrumentCode == "phq-9")
                {
                    c.RecordMeasure("phq-9", CourseMeasuresTests.Phq(n == 1 ? 2 : 1, item9: n == 9 ? 1 : 0), c.LastActivityOn, atLatestSession: true);
                }
            }

            if (n == 9)
            {
                c.RecordSafetyAction(1, SafetyAction.RiskAssessment, c.LastActivityOn.AddDays(1));
            }

            if (n == 3)
            {
                c.InitialTasks().Fire(CourseTrigger.BeginMiddlePhase);
            }

            if (n == 14)
            {
                c.Tasks(TherapyTask.EndingRaised).Fire(CourseTrigger.BeginTerminationPhase);
            }
        }

        c.TerminationTasks();
        Assert.True(c.Complete(c.LastActivityOn).IsSuccess);
        return c;
    }

    internal static string Render(FidelityReport r)
    {
        var b = new StringBuilder();
        b.Append("| code | severity | rule | session | subject | message |\n|---|---|---|---|---|---|\n");
        foreach (FidelityFinding f in r.Findings)
        {
            b.Append("| `").Append(f.Code).Append("` | ").Append(f.Severity.ToString().ToLowerInvariant()).Append(" | ").Append(f.RuleId)
             .Append(" | ").Append(f.SessionNumber?.ToString(CultureInfo.InvariantCulture) ?? "—").Append(" | ").Append(f.Subject ?? "—")
             .Append(" | ").Append(f.Message).Append(" |\n");
        }

        b.Append("\n| rule | weight | compliance |\n|---|---|---|\n");
        foreach (FidelityRuleResult rule in r.Rules)
        {
            b.Append("| `").Append(rule.Rule).Append("` | ").Append(rule.Weight.ToString(CultureInfo.InvariantCulture)).Append(" | ")
             .Append(rule.Compliance.ToString("0.###", CultureInfo.InvariantCulture)).Append(" |\n");
        }

        double weighted = r.Rules.Sum(x => x.Weight * x.Compliance);
        int weights = r.Rules.Sum(x => x.Weight);
        b.Append("\nScore = round(100 × ").Append(weighted.ToString("0.###", CultureInfo.InvariantCulture)).Append(" ÷ ")
         .Append(weights.ToString(CultureInfo.InvariantCulture)).Append(") = **").Append(r.Score.ToString(CultureInfo.InvariantCulture))
         .Append("**; ").Append(r.ToString()).Append('.');
        return b.ToString();
    }

    [Fact]
    public void The_worked_example_in_the_docs_is_current()
    {
        FidelityReport r = new FidelityReviewer().Review(WorkedExample());
        Assert.Equal(
            [FidelityCodes.EndingRaisedLate, FidelityCodes.CadenceOutsideTolerance, FidelityCodes.MeasureMissed, FidelityCodes.SafetyActionLate],
            r.Findings.Select(f => f.Code));
        DocsGeneratedBlocks.AssertCurrent("docs/fidelity.md", "fidelity-example", Render(r));
    }
}
