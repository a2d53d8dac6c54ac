using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Serialization;
using Ipt.Domain.Tests.Generators;

namespace Ipt.Domain.Tests.Properties;

/// <summary>Phase order and guards, dates, caps and codes on every built-in variant.</summary>
public class PhaseProperties
{
    private static Property Holds(string? violation) => Prop.Label(violation is null, violation ?? "ok");

    [IptProperty(200)]
    public Property Every_generated_course_satisfies_every_invariant()
    {
        return Prop.ForAll(CourseGenerators.Scripts, script => Holds(CourseInvariants.Violation(script.Run())));
    }

    [IptProperty(100)]
    public Property Every_variant_course_satisfies_every_invariant_after_every_command()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            string? violation = null;
            script.Run((course, _, accepted, _) => violation ??= accepted ? CourseInvariants.Violation(course) : null);
            return Holds(violation);
        });
    }

    [IptProperty(200)]
    public Property Phases_begin_one_after_another_in_the_protocols_order()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            PhaseKind[] begun = c.History.OfType<PhaseBegun>().Select(b => b.Phase).ToArray();
            PhaseKind[] expected = c.Protocol.Phases.Skip(1).Take(begun.Length).Select(p => p.Kind).ToArray();
            bool inOrder = begun.SequenceEqual(expected);
            bool current = c.CurrentPhase is null || c.CurrentPhase.Kind == c.Protocol.Phases[begun.Length].Kind;
            return Prop.Label(inOrder && current, string.Join(",", begun));
        });
    }

    [IptProperty(200)]
    public Property Every_phase_left_had_its_required_tasks_and_an_attended_session()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            ProtocolDefinition p = c.Protocol;
            int left = c.History.OfType<PhaseBegun>().Count() + (c.Status == CourseStatus.Completed ? 1 : 0);
            var completedIn = c.TaskCompletions().ToDictionary(t => t.Task, t => p.IndexOf(t.Phase));
            for (int i = 0; i < left; i++)
            {
                PhaseDefinition phase = p.Phases[i];
                if (phase.RequiredTasks.ToList().Any(t => !completedIn.TryGetValue(t, out int at) || at > i))
                {
                    return Prop.Label(false, "left " + phase.Kind + " with a task outstanding");
                }

                if (!phase.IsOptional && !c.Sessions.Any(s => s.Phase == phase.Kind && s.Attendance == Attendance.Attended))
                {
                    return Prop.Label(false, "left " + phase.Kind + " without an attended session");
                }
            }

            return Prop.Label(true, "ok");
        });
    }

    [IptProperty(200)]
    public Property A_guard_denial_names_the_first_missing_task_of_the_phase()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            if (c.CurrentPhase is not { } phase)
            {
                return true;
            }

            TaskSet missing = phase.RequiredTasks.Except(c.CompletedTasks);
            return Enum.GetValues<CourseTrigger>().All(t =>
            {
                TransitionDecision d = c.Can(t);
                return d.Error is null || d.Error.Code != PhaseErrors.TasksIncomplete
                    && (missing.IsEmpty || d.FailedGuard is not RequiredTasksGuard || d.Error.Code == PhaseErrors.TaskMissingCode(missing.First()!.Value));
            });
        });
    }

    [IptProperty(200)]
    public Property Can_predicts_whether_firing_a_trigger_is_accepted()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            DateOnly on = live.LastActivityOn.AddDays(1);
            foreach (CourseTrigger t in Enum.GetValues<CourseTrigger>())
            {
                TreatmentCourse copy = TreatmentCourse.FromHistory(live.History, live.Protocol).Value;
                TransitionDecision d = copy.Can(t);
                bool accepted = t == CourseTrigger.Discontinue ? copy.Discontinue(on, DiscontinuationReason.Other).IsSuccess : copy.Fire(t, on).IsSuccess;
                if (accepted != d.IsAllowed || (accepted && copy.State != d.To))
                {
                    return Prop.Label(false, t + ": Can " + d.IsAllowed + ", Fire " + accepted);
                }
            }

            return Prop.Label(true, "ok");
        });
    }

    [IptProperty(200)]
    public Property Back_dated_commands_are_rejected_and_change_nothing()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            if (c.Status != CourseStatus.Active)
            {
                return true;
            }

            DateOnly before = c.LastActivityOn.AddDays(-1);
            CourseSnapshot snapshot = c.ToSnapshot();
            var results = new List<DomainError?>
            {
                c.RecordSession(before, Attendance.Attended).Error,
                c.ExtendContract(c.Protocol.Sessions.HardCap, before).Error,
                c.Discontinue(before, DiscontinuationReason.Other).Error,
                c.Discontinue(c.StartedOn.AddDays(-1), DiscontinuationReason.Other).Error,
            };
            string[] dateCodes = [CourseErrors.DateOutOfOrder, CourseErrors.DateBeforeStart, CourseErrors.SessionDateNotAfterPrevious];
            bool sessionOrDiscontinueRejected = results[0] is not null && results[2] is not null && results[3] is not null;
            bool dateCodesWhereDateIsTheOnlyFault = dateCodes.Contains(results[2]!.Code) && dateCodes.Contains(results[3]!.Code);
            return sessionOrDiscontinueRejected && dateCodesWhereDateIsTheOnlyFault && results[1] is not null && c.ToSnapshot() == snapshot;
        });
    }

    [IptProperty(200)]
    public Property The_contract_extends_to_any_size_up_to_the_hard_cap_and_never_beyond()
    {
        Gen<(VariantScript, int)> gen = from s in VariantGenerators.Scripts.Generator from extra in Gen.Choose(-3, 12) select (s, extra);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            (VariantScript script, int extra) = t;
            TreatmentCourse c = script.Run();
            int to = c.Protocol.Sessions.HardCap + extra - 6;
            int before = c.ContractedSessions;
            int cap = c.Protocol.Sessions.HardCap;
            bool open = c.Status == CourseStatus.Active && c.CurrentPhase!.Sessions.Kind != SessionRangeKind.OpenEnded;
            Result<ContractExtended> r = c.ExtendContract(to, c.LastActivityOn);
            string? expectedCode = !open ? null : to <= before ? CourseErrors.ContractNotAnExtension : to > cap ? CourseErrors.ContractExceedsHardCap : null;
            bool ok = open && expectedCode is null
                ? r.IsSuccess && c.ContractedSessions == to
                : !r.IsSuccess && c.ContractedSessions == before && (expectedCode is null || r.Error!.Code == expectedCode);
            return Prop.Label(ok && c.ContractedSessions <= cap, "to " + to + " from " + before + ": " + (r.Error?.Code ?? "accepted"));
        });
    }

    [IptProperty(200)]
    public Property Utf8_json_round_trip_is_lossless_for_every_variant()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            byte[] utf8 = CourseHistoryJson.SerializeToUtf8(live.History);
            Result<IReadOnlyList<CourseEvent>> read = CourseHistoryJson.Deserialize(utf8);
            return read.IsSuccess
                && System.Text.Encoding.UTF8.GetString(utf8) == CourseHistoryJson.Serialize(live.History)
                && CourseHistoryJson.Serialize(read.Value) == CourseHistoryJson.Serialize(live.History)
                && TreatmentCourse.FromHistory(read.Value, live.Protocol).Value.ToSnapshot() == live.ToSnapshot();
        });
    }
}
