using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Generators;

namespace Ipt.Domain.Tests.Properties;

/// <summary>Invariants of <see cref="TreatmentCourse"/> under any generated sequence of commands.</summary>
public class CourseProperties
{
    [IptProperty(300)]
    public Property Replay_of_the_history_equals_the_live_course()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            Result<TreatmentCourse> replayed = TreatmentCourse.FromHistory(live.History, script.Protocol);
            return replayed.IsSuccess && replayed.Value.ToSnapshot() == live.ToSnapshot();
        });
    }

    [IptProperty(300)]
    public Property A_rejected_command_changes_nothing()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            bool ok = true;
            script.Run((course, before, accepted, _) =>
            {
                CourseSnapshot after = course.ToSnapshot();
                ok &= accepted ? after.Version == before.Version + 1 : after == before && course.History.Count == before.Version;
            });
            return ok;
        });
    }

    [IptProperty(300)]
    public Property Every_rejection_carries_a_known_stable_code()
    {
        var known = new HashSet<string>(PhaseErrors.AllCodes());
        foreach ((string _, string _, string code) in Ipt.Domain.Tests.Docs.FoundationDocsTests.CodeConstants())
        {
            known.Add(code);
        }
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            bool ok = true;
            script.Run((_, _, accepted, error) => ok &= accepted || (error is not null && known.Contains(error.Code)));
            return ok;
        });
    }

    [IptProperty(300)]
    public Property Session_numbers_increase_by_one_and_dates_strictly()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            IReadOnlyList<SessionRecord> sessions = script.Run().Sessions;
            int counted = 0;
            for (int i = 0; i < sessions.Count; i++)
            {
                if (sessions[i].Number != i + 1 || (i > 0 && sessions[i].Date <= sessions[i - 1].Date))
                {
                    return false;
                }

                if (sessions[i].ContractSession is { } c && c != ++counted)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [IptProperty(300)]
    public Property Contract_bounds_hold_after_any_commands()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            var s = c.Protocol.Sessions;
            return c.SessionsHeld <= c.ContractedSessions && c.ContractedSessions <= s.HardCap && c.ContractedSessions >= s.Minimum;
        });
    }

    [IptProperty(300)]
    public Property A_completed_course_met_the_minimum_and_every_required_task_before_its_end()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            if (c.Status != CourseStatus.Completed)
            {
                return true;
            }

            TaskSet requiredThroughLastCounted = TaskSet.Empty;
            for (int i = 0; i <= c.Protocol.Machine.LastCountedPhaseIndex; i++)
            {
                foreach (TherapyTask t in c.Protocol.Phases[i].RequiredTasks.ToList())
                {
                    requiredThroughLastCounted = requiredThroughLastCounted.With(t);
                }
            }

            return c.SessionsHeld >= c.Protocol.Sessions.Minimum && requiredThroughLastCounted.IsSubsetOf(c.CompletedTasks);
        });
    }

    [IptProperty(300)]
    public Property A_course_past_its_initial_phase_has_an_agreed_formulation()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            bool ok = true;
            script.Run((course, _, _, _) =>
            {
                bool pastInitial = course.Status != CourseStatus.Active || course.CurrentPhase!.Kind is PhaseKind.Middle or PhaseKind.Termination or PhaseKind.Maintenance;
                bool requiresFormulation = course.Protocol.AllRequiredTasks.Contains(TherapyTask.FormulationAgreed);
                bool discontinuedEarly = course.Status == CourseStatus.Discontinued;
                ok &= !pastInitial || !requiresFormulation || discontinuedEarly || course.CompletedTasks.Contains(TherapyTask.FormulationAgreed);
            });
            return ok;
        });
    }

    [IptProperty(300)]
    public Property Json_round_trip_is_lossless()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            string json = CourseHistoryJson.Serialize(live.History);
            Result<IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(json);
            // Events holding an inventory or a formulation compare by reference, so exactness is judged on the text.
            return read.IsSuccess
                && read.Value.Count == live.History.Count
                && CourseHistoryJson.Serialize(read.Value) == json
                && TreatmentCourse.FromHistory(read.Value, script.Protocol).Value.ToSnapshot() == live.ToSnapshot();
        });
    }

    [IptProperty(300)]
    public Property Notes_never_appear_in_messages_or_printed_forms()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            var printed = new List<string>();
            TreatmentCourse course = script.Run((c, _, _, error) =>
            {
                if (error is not null)
                {
                    printed.Add(error.ToString());
                }
            });
            printed.Add(course.ToString());
            printed.Add(course.ToSnapshot().ToString());
            foreach (CourseEvent e in course.History)
            {
                printed.Add(e.ToString());
            }

            foreach (SessionRecord s in course.Sessions)
            {
                printed.Add(s.ToString());
            }

            foreach (DueNotice d in course.Due())
            {
                printed.Add(d.ToString());
            }

            return printed.TrueForAll(text => !text.Contains("SECRET-", StringComparison.Ordinal));
        });
    }
}

/// <summary>Invariants of the initial phase and problem-area work under any generated sequence of commands.</summary>
public class FormulationProperties
{
    [IptProperty(300)]
    public Property A_formulation_never_exceeds_the_protocol_maximum_or_leaves_its_areas()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            return c.Formulation is null
                || (c.Formulation.Foci.Count <= c.Protocol.Formulation.MaxFocusAreas && c.Formulation.Foci.All(f => c.Protocol.Formulation.Allows(f.Area)));
        });
    }

    [IptProperty(300)]
    public Property A_dispute_stage_only_moves_along_allowed_edges()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            DisputeStage? stage = null;
            foreach (CourseEvent e in c.History)
            {
                if (e is FormulationAgreed f && f.Formulation.Foci.Select(x => x.Detail).OfType<RoleDisputeFocus>().FirstOrDefault() is { } d)
                {
                    stage = d.Stage;
                }
                else if (e is DisputeStageChanged changed)
                {
                    if (stage is not { } from || !DisputeStages.IsAllowed(from, changed.Stage))
                    {
                        return false;
                    }

                    stage = changed.Stage;
                }
            }

            return stage == c.DisputeStage;
        });
    }

    [IptProperty(300)]
    public Property Every_course_that_reaches_the_middle_phase_has_an_agreed_formulation_and_a_completed_inventory()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            bool ok = true;
            script.Run((course, _, _, _) =>
            {
                bool reachedMiddle = course.History.Any(e => e is PhaseBegun { Phase: PhaseKind.Middle });
                bool needs = course.Protocol.AllRequiredTasks.Contains(TherapyTask.FormulationAgreed);
                ok &= !reachedMiddle || !needs || (course.Formulation?.AgreedOn is not null && course.Inventory?.IsComplete == true);
            });
            return ok;
        });
    }

    [IptProperty(300)]
    public Property Person_labels_never_appear_in_messages_or_printed_forms()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script =>
        {
            var printed = new List<string>();
            TreatmentCourse c = script.Run((_, _, _, error) => printed.Add(error?.ToString() ?? string.Empty));
            printed.AddRange(c.History.Select(e => e.ToString()));
            printed.Add(c.Inventory?.ToString() ?? string.Empty);
            printed.Add(c.Formulation?.ToString() ?? string.Empty);
            printed.AddRange(c.Findings().Select(f => f.ToString()));
            return printed.TrueForAll(t => !t.Contains("SECRET-", StringComparison.Ordinal));
        });
    }
}
