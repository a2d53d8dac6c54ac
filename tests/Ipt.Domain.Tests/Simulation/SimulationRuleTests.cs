using System;
using System.Collections.Generic;
using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Simulation;

namespace Ipt.Domain.Tests.Simulation;

/// <summary>
/// The simulator's rules a researcher relies on when reading a cohort: how missed sessions end a course, what the
/// session-slot bound leaves behind, how missed sessions split into no-shows and cancellations, that every course
/// has its own id and stream, and the reproducibility of the streams themselves.
/// </summary>
public class SimulationRuleTests
{
    internal static readonly CohortSimulator Simulator = CohortSimulator.Default;

    /// <summary>A small, single-threaded cohort with no dropout, no measures and no fidelity review, that keeps its
    /// courses: each test switches on what it checks (shared with <see cref="SimulationOutputTests"/>).</summary>
    internal static SimulationSettings Bare(int size = 40, long seed = 11) => new()
    {
        CohortSize = size,
        Seed = seed,
        RecordMeasures = false,
        ReviewFidelity = false,
        KeepCourses = true,
        DropoutPerSession = 0,
        MaxDegreeOfParallelism = 1,
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_course_is_a_dropout_at_exactly_the_set_number_of_missed_sessions_in_a_row(int missed)
    {
        SimulationResult r = Simulator.Run(Bare() with { AttendanceProbability = 0, NoShowProbability = 1, MaxConsecutiveMissed = missed });
        Assert.All(r.Courses, c =>
        {
            Assert.Equal(CourseStatus.Discontinued, c.Status);
            Assert.Equal(DiscontinuationReason.Dropout, c.Course.DiscontinuationReason);
            Assert.Equal(missed, c.SessionsRecorded);
            Assert.All(c.Course.Sessions, s => Assert.Equal(Attendance.NoShow, s.Attendance));
        });
        Assert.Equal(40, r.Summary.Dropouts);
        Assert.Equal(missed, r.Summary.MeanSessionsRecorded);
    }

    [Fact]
    public void Without_a_missed_session_limit_a_course_nobody_attends_uses_every_slot_and_stays_active()
    {
        SimulationResult r = Simulator.Run(Bare() with { AttendanceProbability = 0, NoShowProbability = 0, MaxConsecutiveMissed = 0, MaxSessionSlots = 5 });
        Assert.All(r.Courses, c =>
        {
            Assert.Equal(CourseStatus.Active, c.Status);
            Assert.Equal(5, c.SessionsRecorded);
            Assert.All(c.Course.Sessions, s => Assert.Equal(Attendance.Cancelled, s.Attendance)); // no no-shows: every miss a cancellation
            Assert.Equal(28, c.Days); // five weekly slots: the last four weeks after the first
        });
        Assert.Equal(40, r.Summary.Active);
        Assert.Equal(0, r.Summary.Dropouts);
        Assert.Equal(0, r.Summary.MeanSessionsHeld);
    }

    [Fact]
    public void A_conjoint_course_records_its_sessions_with_the_partner_and_others_with_the_client_alone()
    {
        SimulationResult conjoint = Simulator.Run(Bare(5) with { Protocol = ConjointIpt.Definition, AttendanceProbability = 1, NoShowProbability = 0 });
        Assert.All(conjoint.Courses.SelectMany(c => c.Course.Sessions), s => Assert.Equal(SessionParticipants.Partner, s.Participants));

        SimulationResult standard = Simulator.Run(Bare(5) with { AttendanceProbability = 1, NoShowProbability = 0 });
        Assert.All(standard.Courses.SelectMany(c => c.Course.Sessions), s => Assert.Equal(SessionParticipants.ClientOnly, s.Participants));
    }

    [Fact]
    public void Every_course_of_every_seed_has_its_own_id_and_a_rerun_gives_the_same_ids()
    {
        // seeds that differ in one byte each: an id built from fewer of the seed's bytes would repeat
        long[] seeds = [.. Enumerable.Range(0, 8).Select(b => 1L << (8 * b)), -1L];
        List<CourseId> ids = [.. seeds.SelectMany(seed => Simulator.Run(Bare(3, seed) with { MaxSessionSlots = 1 }).Courses.Select(c => c.Course.Id))];
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.Take(3), Simulator.Run(Bare(3, seeds[0]) with { MaxSessionSlots = 1 }).Courses.Select(c => c.Course.Id));
    }

    [Fact]
    public void The_stream_of_each_course_is_pinned_so_a_published_seed_gives_the_same_cohort_in_every_release()
    {
        // xoshiro256** seeded by SplitMix64 of (the SplitMix64 finaliser of the index plus 0x632BE59BD9B4E019) XOR the seed
        SimulationRandom first = SimulationRandom.ForCourse(1, 0);
        Assert.Equal([0xC77B6107C66EDF7BUL, 0xB4DA9DC4018569D1UL], new[] { first.NextUInt64(), first.NextUInt64() });
        SimulationRandom second = SimulationRandom.ForCourse(1, 1);
        Assert.Equal(0x57BAAD03986D82E4UL, second.NextUInt64());
        SimulationRandom far = SimulationRandom.ForCourse(42, 1000);
        Assert.Equal(0x75A55E84DC44F739UL, far.NextUInt64());

        // the derived draws read the same 64 bits: top 53 bits as a fraction, top 32 bits scaled for an integer
        SimulationRandom d = SimulationRandom.ForCourse(1, 0);
        Assert.Equal(0.779226364515519, d.NextDouble(), 15);
        SimulationRandom i = SimulationRandom.ForCourse(1, 0);
        Assert.Equal(7, i.NextInt(10));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void Neighbouring_courses_draw_different_streams_for_any_seed(long seed)
    {
        ulong[] firsts = [.. Enumerable.Range(0, 16).Select(index => SimulationRandom.ForCourse(seed, index).NextUInt64())];
        Assert.Equal(firsts.Length, firsts.Distinct().Count());
    }

    [Fact]
    public void Gaussian_draws_have_unit_variance_and_chance_is_never_below_zero_and_always_at_one()
    {
        var r = new SimulationRandom(3);
        double[] g = [.. Enumerable.Range(0, 50_000).Select(_ => r.NextGaussian())];
        double mean = g.Average();
        double variance = g.Select(x => (x - mean) * (x - mean)).Average();
        Assert.InRange(variance, 0.97, 1.03);
        Assert.All(Enumerable.Range(0, 1_000), _ => Assert.False(r.Chance(0)));
        Assert.All(Enumerable.Range(0, 1_000), _ => Assert.True(r.Chance(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => r.NextInt(0));
        Assert.Equal(0, r.NextInt(1));
    }

    [Fact]
    public void The_first_course_index_and_the_cohort_size_must_stay_within_the_course_index_range()
    {
        var valid = new SimulationSettings();
        Assert.Equal("FirstCourseIndex", Assert.Throws<ArgumentOutOfRangeException>((valid with { FirstCourseIndex = -1 }).Validate).ParamName);
        Assert.Equal("FirstCourseIndex", Assert.Throws<ArgumentOutOfRangeException>((valid with { FirstCourseIndex = int.MaxValue - 999 }).Validate).ParamName);
        (valid with { FirstCourseIndex = int.MaxValue - 1000 }).Validate();
        (valid with { AttendanceProbability = 0.5, NoShowProbability = 0.5 + 1e-13 }).Validate(); // rounding slack, not a second chance
    }

    [Theory]
    [InlineData(true, true, ContinuationDecision.NoFurtherTreatment)]
    [InlineData(false, true, ContinuationDecision.NoFurtherTreatment)] // remitted without the 50 % drop: remission decides
    [InlineData(true, false, ContinuationDecision.ContinuationIpt)]
    [InlineData(true, null, ContinuationDecision.ContinuationIpt)]
    [InlineData(false, false, ContinuationDecision.ReferOtherTreatment)]
    [InlineData(false, null, ContinuationDecision.ReferOtherTreatment)]
    [InlineData(null, null, ContinuationDecision.NoFurtherTreatment)] // not measured: nothing to refer on
    public void The_default_clinician_decides_what_follows_by_remission_then_response(bool? response, bool? remission, ContinuationDecision expected)
    {
        Assert.Equal(expected, ProtocolClinicianPolicy.Decide(response, remission));
    }

    [Fact]
    public void The_default_clinician_refuses_a_null_course_as_misuse()
    {
        var context = new SimulationContext(new DateOnly(2026, 1, 5), true, 1, 1, null, null, new DateOnly(2026, 1, 5));
        var random = new SimulationRandom(1);
        Assert.Throws<ArgumentNullException>(() => ProtocolClinicianPolicy.Default.AfterSession(null!, context, ref random));
        Assert.Throws<ArgumentNullException>(() => ProtocolClinicianPolicy.Default.OnSafetyConcern(null!, 1, new DateOnly(2026, 1, 5)));
    }
}
