using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Protocols;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Tests.Simulation;

/// <summary>Properties of the cohort simulator over seeds, settings and protocols (small cohorts, so they stay fast).</summary>
public class SimulationProperties
{
    private static readonly Arbitrary<(long Seed, int Size, int Attendance, int Dropout, int Protocol)> Cases =
        ArbMap.Default.ArbFor<(long, int, int, int, int)>().Convert(
            t => (t.Item1, System.Math.Abs(t.Item2 % 40), System.Math.Abs(t.Item3 % 101), System.Math.Abs(t.Item4 % 21), System.Math.Abs(t.Item5 % BuiltInProtocols.All.Count)),
            t => t);

    private static SimulationSettings SettingsFor((long Seed, int Size, int Attendance, int Dropout, int Protocol) c) => new()
    {
        Seed = c.Seed,
        CohortSize = c.Size,
        AttendanceProbability = c.Attendance / 100.0,
        NoShowProbability = (100 - c.Attendance) / 200.0,
        DropoutPerSession = c.Dropout / 100.0,
        Protocol = BuiltInProtocols.All[c.Protocol],
    };

    [IptProperty(60)]
    public Property For_any_seed_and_small_cohort_the_counts_add_up_and_rates_lie_in_0_1()
    {
        return Prop.ForAll(Cases, c =>
        {
            CohortSummary s = CohortSimulator.Default.Run(SettingsFor(c)).Summary;
            bool rates = new[] { s.CompletionRate, s.DropoutRate, s.DiscontinuationRate }
                .Concat(s.Outcomes.Select(o => o.ResponseRate))
                .Concat(s.Outcomes.Where(o => o.RemissionRate is not null).Select(o => o.RemissionRate!.Value))
                .All(r => r >= 0 && r <= 1);
            // Held sessions may exceed attended ones where a protocol counts missed sessions toward the contract (groups).
            return s.Completed + s.Discontinued + s.Active == c.Size && s.Completed >= 0 && s.Discontinued >= 0 && s.Active >= 0 &&
                   s.Dropouts <= s.Discontinued && rates &&
                   s.Outcomes.All(o => o.Responders <= o.Evaluable && o.Remitters <= o.Evaluable && o.Evaluable <= c.Size) &&
                   s.MeanSessionsHeld <= s.MeanSessionsRecorded + 1e-9 && s.MeanSessionsAttended <= s.MeanSessionsRecorded + 1e-9 &&
                   s.Fidelity!.MeanScore is >= 0 and <= 100;
        });
    }

    [IptProperty(30)]
    public Property Every_simulated_course_replays_from_its_history_to_an_equal_snapshot()
    {
        return Prop.ForAll(Cases, c =>
        {
            SimulationResult r = CohortSimulator.Default.Run(SettingsFor(c) with { CohortSize = System.Math.Min(c.Size, 12), KeepCourses = true });
            ProtocolDefinition protocol = BuiltInProtocols.All[c.Protocol];
            return r.Courses.All(sc => TreatmentCourse.FromHistory(sc.Course.History, protocol).Value.ToSnapshot() == sc.Course.ToSnapshot());
        });
    }

    [IptProperty(10)]
    public Property For_any_seed_one_worker_and_many_give_the_same_summary()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<long>(), seed =>
        {
            var settings = new SimulationSettings { Seed = seed, CohortSize = CohortSimulator.ChunkSize + 50, ReviewFidelity = false };
            return CohortSimulator.Default.Run(settings with { MaxDegreeOfParallelism = 1 }).Summary.Describe() ==
                   CohortSimulator.Default.Run(settings with { MaxDegreeOfParallelism = 4 }).Summary.Describe();
        });
    }
}
