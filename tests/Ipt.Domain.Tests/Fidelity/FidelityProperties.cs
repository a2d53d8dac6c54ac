using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Phases;
using Ipt.Domain.Tests.Generators;

namespace Ipt.Domain.Tests.Fidelity;

/// <summary>Properties of the fidelity review over generated courses.</summary>
public class FidelityProperties
{
    private static readonly FidelityReviewer Reviewer = new();

    [IptProperty(300)]
    public Property A_protocol_conforming_course_has_no_error_and_no_warning()
    {
        return Prop.ForAll(ConformingCourseGenerators.Plans, plan =>
        {
            FidelityReport r = Reviewer.Review(plan.Build());
            return r.Findings.All(f => f.Severity == FidelitySeverity.Info) && r.Score == 100;
        });
    }

    [IptProperty(300)]
    public Property Any_course_reviews_to_a_score_between_0_and_100_with_known_codes_and_their_severity()
    {
        return Prop.ForAll(ConformingCourseGenerators.Scripts, script =>
        {
            FidelityReport r = Reviewer.Review(script.Run());
            return r.Score is >= 0 and <= 100
                && r.Score == FidelityReviewer.ScoreOf(r.Rules)
                && r.Rules.All(x => x.Compliance is >= 0 and <= 1)
                && r.Findings.All(f => FidelityCodes.AllCodes.Contains(f.Code) && FidelityCodes.SeverityOf(f.Code) == f.Severity)
                && (r.Score < 100 || r.Findings.All(f => f.Severity == FidelitySeverity.Info));
        });
    }

    [IptProperty(300)]
    public Property The_review_of_a_replayed_course_equals_the_review_of_the_live_course()
    {
        return Prop.ForAll(ConformingCourseGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            FidelityReport a = Reviewer.Review(live);
            FidelityReport b = Reviewer.Review(TreatmentCourse.FromHistory(live.History, script.Protocol).Value);
            return a.Score == b.Score && a.Findings.SequenceEqual(b.Findings) && a.Rules.SequenceEqual(b.Rules);
        });
    }
}

public class ConformingGeneratorCoverageTests
{
    [Fact]
    public void Conforming_plans_reach_completion_active_courses_safety_concerns_and_every_length()
    {
        var courses = ConformingCourseGenerators.Plans.Generator.Sample(300, 100).Select(p => p.Build()).ToList();
        Assert.Contains(courses, c => c.Status == CourseStatus.Completed);
        Assert.Contains(courses, c => c.Status == CourseStatus.Active);
        Assert.Contains(courses, c => c.SafetyConcerns().Count > 0);
        Assert.Equal([12, 13, 14, 15, 16], courses.Where(c => c.Status == CourseStatus.Completed).Select(c => c.SessionsHeld).Distinct().Order());
    }
}
