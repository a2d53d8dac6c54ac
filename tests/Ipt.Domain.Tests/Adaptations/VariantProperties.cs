using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Generators;

namespace Ipt.Domain.Tests.Adaptations;

/// <summary>Invariants of courses on every built-in protocol under generated commands.</summary>
public class VariantProperties
{
    [IptProperty(200)]
    public Property Every_generated_course_stays_within_its_variants_bounds()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse c = script.Run();
            ProtocolDefinition p = c.Protocol;
            SessionCounts s = p.Sessions;
            bool contract = c.SessionsHeld <= c.ContractedSessions && c.ContractedSessions <= s.HardCap && c.ContractedSessions >= s.Minimum;
            bool completed = c.Status != CourseStatus.Completed || c.SessionsHeld >= s.Minimum;

            int previousPhase = 0;
            bool inOrder = true;
            var perPhase = new Dictionary<PhaseKind, int>();   // attended sessions: a missed pre-treatment session is rescheduled
            foreach (SessionRecord r in c.Sessions)
            {
                int index = p.IndexOf(r.Phase);
                inOrder &= index >= previousPhase;
                previousPhase = index;
                perPhase[r.Phase] = perPhase.GetValueOrDefault(r.Phase) + (r.Attendance == Attendance.Attended ? 1 : 0);
                inOrder &= r.ContractSession is null || p.Phases[index].Sessions.IsCounted;
            }

            bool preTreatmentLimits = p.Phases
                .Where(ph => ph.Sessions.Kind == SessionRangeKind.PreTreatment)
                .All(ph => perPhase.GetValueOrDefault(ph.Kind) <= ph.Sessions.Last);
            bool rulesHold = c.Sessions.All(r => p.Rules.CheckSession(new SessionProposal(r.Date, r.Phase, r.Attendance, r.Modality, r.Participants, r.ContractSession)) is null);
            return (contract && completed && inOrder && preTreatmentLimits && rulesHold)
                .Label(p.Id + ": contract " + contract + ", completed " + completed + ", order " + inOrder + ", pre-treatment " + preTreatmentLimits + ", rules " + rulesHold);
        });
    }

    [IptProperty(200)]
    public Property Replay_through_the_catalogue_equals_the_live_course_for_every_variant()
    {
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            TreatmentCourse live = script.Run();
            Result<TreatmentCourse> replayed = BuiltInProtocols.Replay(BuiltInProtocols.Catalog, live.History);
            return replayed.IsSuccess && replayed.Value.ToSnapshot() == live.ToSnapshot() && ReferenceEquals(replayed.Value.Protocol, live.Protocol);
        });
    }

    [IptProperty(200)]
    public Property A_rejected_command_changes_nothing_and_carries_a_known_code()
    {
        var known = new HashSet<string>(PhaseErrors.AllCodes());
        known.UnionWith(System.Linq.Enumerable.Select(Ipt.Domain.Tests.Docs.FoundationDocsTests.CodeConstants(), c => c.Code));
        return Prop.ForAll(VariantGenerators.Scripts, script =>
        {
            bool ok = true;
            script.Run((course, before, accepted, error) =>
            {
                CourseSnapshot after = course.ToSnapshot();
                ok &= accepted
                    ? after.Version == before.Version + 1
                    : after == before && error is not null && known.Contains(error.Code);
            });
            return ok;
        });
    }
}
