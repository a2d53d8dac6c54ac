using System.Linq;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Courses;
using Ipt.Domain.Phases;
using Ipt.Domain.Primitives;
using Ipt.Domain.Protocols;
using Ipt.Domain.Tests.Courses;

namespace Ipt.Domain.Tests.Adaptations;

public class CatalogTests
{
    private static ProtocolDefinition Ipt10() => ProtocolDefinition.Create("ipt-10", "IPT, ten sessions")
        .Phase(PhaseKind.Initial, SessionRange.Of(1, 2), tasks: TaskSet.Of(TherapyTask.InterpersonalInventory, TherapyTask.FormulationAgreed))
        .Phase(PhaseKind.Middle, SessionRange.Of(3, 8))
        .Phase(PhaseKind.Termination, SessionRange.Of(9, 10))
        .Build().Value;

    [Fact]
    public void Built_in_catalogue_finds_every_variant_by_id()
    {
        foreach (ProtocolDefinition p in BuiltInProtocols.All)
        {
            Assert.True(BuiltInProtocols.Catalog.TryGet(p.Id, out ProtocolDefinition? found));
            Assert.Same(p, found);
            Assert.Same(p, BuiltInProtocols.Catalog.Get(p.Id).Value);
        }

        Assert.Equal(BuiltInProtocols.All, BuiltInProtocols.Catalog.All);
    }

    [Fact]
    public void Unknown_id_is_an_error_code()
    {
        Assert.False(BuiltInProtocols.Catalog.TryGet("nope", out _));
        Assert.False(BuiltInProtocols.Catalog.TryGet(null, out _));
        Assert.Equal(ProtocolCatalogErrors.UnknownProtocol, BuiltInProtocols.Catalog.Get("nope").Error!.Code);
    }

    [Fact]
    public void A_researcher_registers_a_variant_in_a_few_lines_and_the_built_in_catalogue_is_unchanged()
    {
        ProtocolCatalog mine = BuiltInProtocols.CatalogWith(Ipt10()).Value;
        Assert.Equal(BuiltInProtocols.All.Count + 1, mine.Count);
        Assert.Equal("ipt-10", mine.Get("ipt-10").Value.Id);
        Assert.False(BuiltInProtocols.Catalog.TryGet("ipt-10", out _));
    }

    [Fact]
    public void Registering_a_taken_id_is_rejected()
    {
        Assert.Equal(ProtocolCatalogErrors.DuplicateId, BuiltInProtocols.CatalogWith(BriefIpt.Definition).Error!.Code);
        Assert.Equal(ProtocolCatalogErrors.DuplicateId, ProtocolCatalog.Create([Ipt10(), Ipt10()]).Error!.Code);
        Assert.Equal(0, ProtocolCatalog.Empty.Count);
    }

    [Fact]
    public void A_broken_variant_gets_validation_errors()
    {
        ProtocolBuilder broken = BriefIpt.Definition.ToBuilder("ipt-b-broken", "Broken brief IPT")
            .Sessions(planned: 8, minimum: 9, maximum: 8, hardCap: 8)
            .Phase(PhaseKind.Middle, SessionRange.Of(12, 14));
        var codes = broken.Validate().Select(e => e.Code).ToList();
        Assert.Contains(ProtocolErrors.DuplicatePhase, codes);
        Assert.Contains(ProtocolErrors.SessionCountsOutOfOrder, codes);
        Assert.Contains(ProtocolErrors.RangeGap, codes);
        Assert.True(broken.Build().IsFailure);
    }

    [Fact]
    public void A_derived_variant_keeps_the_calendar_span()
    {
        ProtocolDefinition copy = DynamicInterpersonalTherapy.Definition.ToBuilder("dit-clinic", "DIT at our clinic").Build().Value;
        Assert.Equal(22, copy.CalendarSpanWeeks);
        Assert.Same(DynamicInterpersonalTherapy.Definition.Formulation, copy.Formulation);
    }

    [Fact]
    public void Replay_through_the_catalogue_uses_the_protocol_named_by_the_history()
    {
        TreatmentCourse c = CourseFixture.NewCourse(ConjointIpt.Definition);
        c.RecordSession(CourseFixture.Week(0), Attendance.Attended, participants: SessionParticipants.Partner);
        Result<TreatmentCourse> r = BuiltInProtocols.Replay(BuiltInProtocols.Catalog, c.History);
        Assert.Equal(c.ToSnapshot(), r.Value.ToSnapshot());

        TreatmentCourse own = CourseFixture.NewCourse(Ipt10());
        Assert.Equal(ProtocolCatalogErrors.UnknownProtocol, BuiltInProtocols.Replay(BuiltInProtocols.Catalog, own.History).Error!.Code);
        Assert.True(BuiltInProtocols.Replay(BuiltInProtocols.CatalogWith(Ipt10()).Value, own.History).IsSuccess);
        Assert.Equal(CourseErrors.HistoryEmpty, BuiltInProtocols.Replay(BuiltInProtocols.Catalog, []).Error!.Code);
    }
}
