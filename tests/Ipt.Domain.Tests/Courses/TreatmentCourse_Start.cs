using System;
using Ipt.Domain.Courses;
using Ipt.Domain.Courses.Events;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using static Ipt.Domain.Testing.CourseFixture;

namespace Ipt.Domain.Tests.Courses;

public class TreatmentCourse_Start
{
    [Fact]
    public void Starts_in_the_first_phase_with_the_planned_contract_and_one_event()
    {
        TreatmentCourse c = NewCourse();
        Assert.Equal(CourseState.In(PhaseKind.Initial), c.State);
        Assert.Equal(16, c.ContractedSessions);
        Assert.Equal(1, c.Version);
        CourseStarted e = Assert.IsType<CourseStarted>(Assert.Single(c.History));
        Assert.Equal("ipt", e.ProtocolId);
        Assert.Equal(Start, e.OccurredOn);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(14)]
    [InlineData(16)]
    public void A_contract_within_the_protocol_bounds_is_accepted(int sessions)
    {
        Result<TreatmentCourse> r = TreatmentCourse.StartWithContract(CourseId.New(), ClientRef.From("c-1"), StandardIpt.Definition, Start, sessions);
        Assert.Equal(sessions, r.Value.ContractedSessions);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(17)]
    [InlineData(0)]
    public void A_contract_outside_the_protocol_bounds_is_rejected(int sessions)
    {
        Result<TreatmentCourse> r = TreatmentCourse.StartWithContract(CourseId.New(), ClientRef.From("c-1"), StandardIpt.Definition, Start, sessions);
        Assert.Equal(CourseErrors.ContractOutsideProtocol, r.Error!.Code);
    }

    [Fact]
    public void Misuse_throws_argument_exceptions()
    {
        Assert.Throws<ArgumentNullException>(() => TreatmentCourse.Start(CourseId.New(), null!, StandardIpt.Definition, Start));
        Assert.Throws<ArgumentNullException>(() => TreatmentCourse.Start(CourseId.New(), ClientRef.From("c"), null!, Start));
        Assert.Throws<ArgumentException>(() => TreatmentCourse.Start(default, ClientRef.From("c"), StandardIpt.Definition, Start));
    }

    [Fact]
    public void A_shorter_contract_moves_the_expected_termination_window_to_its_end()
    {
        ProtocolDefinition p = StandardIpt.Definition;
        Assert.Equal(SessionRange.Of(4, 9), p.ExpectedRange(1, 12));
        Assert.Equal(SessionRange.Of(10, 12), p.ExpectedRange(2, 12));
        Assert.Equal(SessionRange.Of(1, 3), p.ExpectedRange(0, 12));
        Assert.Equal(SessionRange.Of(18, 20), p.ExpectedRange(2, 20));
    }
}
