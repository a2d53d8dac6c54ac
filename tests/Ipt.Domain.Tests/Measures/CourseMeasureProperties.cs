using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Measures;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Generators;

namespace Ipt.Domain.Tests.Measures;

/// <summary>Course invariants under generated scripts that also record measures, SRM weeks and safety actions.</summary>
public class CourseMeasureProperties
{
    [IptProperty(300)]
    public Property Replay_of_a_history_with_measures_equals_the_live_course()
    {
        return Prop.ForAll(ConformingCourseGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            Result<TreatmentCourse> replayed = TreatmentCourse.FromHistory(live.History, script.Protocol);
            return replayed.IsSuccess && replayed.Value.ToSnapshot() == live.ToSnapshot()
                && MeasureView.Of(replayed.Value) == MeasureView.Of(live)
                && replayed.Value.MeasuresDue().SequenceEqual(live.MeasuresDue());
        });
    }

    [IptProperty(300)]
    public Property Json_round_trip_with_measures_is_lossless()
    {
        return Prop.ForAll(ConformingCourseGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            string json = CourseHistoryJson.Serialize(live.History);
            Result<IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(json);
            // Events holding an inventory or a formulation compare by reference, so exactness is judged on the text.
            return read.IsSuccess
                && read.Value.Count == live.History.Count
                && CourseHistoryJson.Serialize(read.Value) == json
                && MeasureView.Of(TreatmentCourse.FromHistory(read.Value, script.Protocol).Value) == MeasureView.Of(live);
        });
    }

    [IptProperty(300)]
    public Property A_rejected_measure_command_changes_nothing_and_an_accepted_one_appends_its_events()
    {
        return Prop.ForAll(ConformingCourseGenerators.Scripts, script =>
        {
            bool ok = true;
            script.Run((course, before, view, accepted, _, step) =>
            {
                CourseSnapshot after = course.ToSnapshot();
                if (!accepted)
                {
                    ok &= after == before && course.History.Count == before.Version && MeasureView.Of(course).ToString() == view;
                    return;
                }

                int appended = after.Version - before.Version;
                bool concern = appended == 2 && course.History[^1] is SafetyConcernRaised && course.History[^2] is MeasureRecorded;
                ok &= appended == 1 || (concern && step is MeasureStep.Instrument);
            });
            return ok;
        });
    }

    [IptProperty(300)]
    public Property Every_rejection_carries_a_known_stable_code()
    {
        var known = new HashSet<string>(PhaseErrors.AllCodes());
        known.UnionWith(Ipt.Domain.Tests.Docs.FoundationDocsTests.CodeConstants().Select(c => c.Code));
        return Prop.ForAll(ConformingCourseGenerators.Scripts, script =>
        {
            bool ok = true;
            script.Run((_, _, _, accepted, error, _) => ok &= accepted || (error is not null && known.Contains(error.Code)));
            return ok;
        });
    }

    [IptProperty(300)]
    public Property Every_positive_safety_item_raises_exactly_one_concern()
    {
        return Prop.ForAll(ConformingCourseGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            int flagged = c.Measures().Count(m => m.Score.SafetyFlag is not null);
            return flagged == c.SafetyConcerns().Count && c.History.OfType<SafetyConcernRaised>().Count() == flagged
                && c.OpenSafetyConcerns().All(s => s.Actions.Count == 0);
        });
    }

    [Fact]
    public void Generated_measure_scripts_reach_every_measurement_outcome()
    {
        IReadOnlyList<MeasureScript> scripts = ConformingCourseGenerators.Scripts.Generator.Sample(300, 100);
        var codes = new HashSet<string>();
        var events = new HashSet<System.Type>();
        foreach (MeasureScript s in scripts)
        {
            TreatmentCourse c = s.Run((_, _, _, accepted, error, step) =>
            {
                if (!accepted && step is not MeasureStep.Base)
                {
                    codes.Add(error!.Code);
                }
            });
            events.UnionWith(c.History.Select(e => e.GetType()));
        }

        Assert.Contains(typeof(MeasureRecorded), events);
        Assert.Contains(typeof(SafetyConcernRaised), events);
        Assert.Contains(typeof(SafetyActionRecorded), events);
        Assert.Contains(typeof(SocialRhythmWeekRecorded), events);
        Assert.Superset(new HashSet<string> { MeasureCourseErrors.UnknownInstrument, MeasureCourseErrors.ConcernUnknown, MeasureErrors.ItemOutOfRangeCode, MeasureErrors.WrongItemCountCode, MeasureErrors.SrmWrongDayCountCode, CourseErrors.DateOutOfOrder }, codes);
    }
}
